import { AppError } from '../errors/app-error';
import type { ExportFormat } from './export-format';
import type { ExportParser } from './export-parser';
import { parseBluesky } from './parse-bluesky';
import { parseCsv } from './parse-csv';
import { parseJsonArray } from './parse-json-array';
import { parseMastodon } from './parse-mastodon';
import { parseNdjson } from './parse-ndjson';
import { parseReddit } from './parse-reddit';
import { parseTwitterV2 } from './parse-twitter-v2';
import { parseXArchive } from './parse-x-archive';

const PARSERS: Partial<Record<ExportFormat, ExportParser>> = {
  csv: parseCsv,
  ndjson: parseNdjson,
  'json-array': parseJsonArray,
  'x-archive': parseXArchive,
  'twitter-v2': parseTwitterV2,
  mastodon: parseMastodon,
  bluesky: parseBluesky,
  reddit: parseReddit,
};

/** The parser for a detected (or forced) format. */
export function parserFor(format: ExportFormat): ExportParser {
  const parser = PARSERS[format];
  if (!parser) throw new AppError('unsupported_format', `format ${format} cannot be parsed here`, 415);
  return parser;
}
