import { z } from 'zod';

/** Dataset names become part of Redis keys and URLs: letters, digits, `_` and `-`, 1–64 chars. */
export const DATASET_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

export const datasetNameSchema = z
  .string()
  .regex(DATASET_NAME, 'dataset names are 1–64 letters, digits, "_" or "-", starting with a letter or digit');
