/** `yyyymmdd` of the UTC day holding `utcMs`: the suffix of a dataset's day hash. */
export const dayKey = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 10).replaceAll('-', '');

/** `yyyymmddhh` of the UTC hour holding `utcMs`: the suffix of a dataset's stored-posts list. */
export const hourKey = (utcMs: number): string => new Date(utcMs).toISOString().slice(0, 13).replace(/[-T]/g, '');
