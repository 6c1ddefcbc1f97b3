/* global fetch, localStorage, XMLHttpRequest, URLSearchParams, URL, document, Element, setTimeout */
/** The dashboard's client of the Moodline API: adds the saved API key, turns error envelopes into Errors. */

const KEY_STORAGE = 'moodline.apiKey';

export const savedKey = () => localStorage.getItem(KEY_STORAGE) ?? '';
export const saveKey = (key) => (key ? localStorage.setItem(KEY_STORAGE, key) : localStorage.removeItem(KEY_STORAGE));

const authHeaders = () => (savedKey() ? { authorization: `Bearer ${savedKey()}` } : {});

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function failure(res) {
  let code = 'http_' + res.status;
  let message = `${res.status} ${res.statusText}`;
  try {
    const body = await res.json();
    if (body?.error?.message) ({ code, message } = body.error);
  } catch { /* not our JSON */ }
  if (res.status === 401 || res.status === 403) message += ' — enter a valid key under “API key” at the top.';
  return new ApiError(res.status, code, message);
}

export async function getJson(path, params = {}) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ''));
  const res = await fetch(`${path}${qs.size ? `?${qs}` : ''}`, { headers: authHeaders() });
  if (!res.ok) throw await failure(res);
  return res.json();
}

export async function deleteDataset(name) {
  const res = await fetch(`/api/datasets/${encodeURIComponent(name)}`, { method: 'DELETE', headers: authHeaders() });
  if (!res.ok) throw await failure(res);
}

/** Uploads a file with byte progress (fetch cannot report it); resolves with `{uploadId, statusUrl}`. */
export function uploadFile(dataset, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/datasets/${encodeURIComponent(dataset)}/uploads`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload failed: the server could not be reached'));
    xhr.onload = () => {
      let body;
      try { body = JSON.parse(xhr.responseText); } catch { body = undefined; }
      if (xhr.status === 202 && body?.uploadId) return resolve(body);
      let message = body?.error?.message ?? `${xhr.status} ${xhr.statusText}`;
      if (xhr.status === 401 || xhr.status === 403) message += ' — enter a valid key under “API key” at the top.';
      reject(new ApiError(xhr.status, body?.error?.code ?? 'http_' + xhr.status, message));
    };
    xhr.send(file);
  });
}

/**
 * Download links (`a[data-download]`) work as plain links while reads are public; with a saved key
 * they fetch with the key instead, so exports also work when reads need one.
 */
export function keyedDownloads(root, onError) {
  root.addEventListener('click', async (e) => {
    const link = e.target instanceof Element ? e.target.closest('a[data-download]') : null;
    if (!link || !savedKey()) return;
    e.preventDefault();
    try {
      const res = await fetch(link.href, { headers: authHeaders() });
      if (!res.ok) throw await failure(res);
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'moodline-export';
      const url = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement('a'), { href: url, download: name });
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      onError(err);
    }
  });
}
