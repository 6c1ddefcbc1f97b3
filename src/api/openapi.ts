import { BUCKET_SIZES } from '../domain/bucket';
import { CATEGORIES, SENTIMENT_LABELS } from '../domain/analysis';
import { DATASET_NAME } from '../domain/dataset-name';
import { MAX_POSTS_LIMIT } from './posts-query';
import { OPENAPI_SCHEMAS } from './openapi-schemas';

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK') => ({ description, content: { 'application/json': { schema } } });
const err = (description: string) => json(ref('Error'), description);
const q = (name: string, description: string, schema: Json = { type: 'string' }) => ({ name, in: 'query', required: false, description, schema });
const datasetParam = { name: 'dataset', in: 'path', required: true, description: 'Dataset name', schema: { type: 'string', pattern: DATASET_NAME.source } };
const range = [
  q('from', 'Start of the range (ISO 8601, inclusive); default: the dataset\'s first post', { type: 'string', format: 'date-time' }),
  q('to', 'End of the range (ISO 8601, exclusive); default: just after the dataset\'s last post', { type: 'string', format: 'date-time' }),
];
const tz = q('tz', 'IANA time zone that buckets align to (half-hour and 45-minute offsets included)', { type: 'string', default: 'UTC', example: 'Europe/London' });
const bucket = q('bucket', 'Bucket size', { type: 'string', enum: Object.keys(BUCKET_SIZES), default: '1h' });
const readErrors = { 400: err('A parameter is invalid; `details` names it'), 401: err('Reads need an API key (MOODLINE_PUBLIC_READS=false)'), 403: err('API key not recognised'), 404: err('No such dataset') };
const writeErrors = { 401: err('No `Authorization: Bearer` API key'), 403: err('API key not recognised'), 429: err('Too many write requests; see Retry-After') };
const read = (summary: string, parameters: Json[], ok: Json, extra: Json = {}) => ({ summary, parameters, responses: { 200: ok, ...readErrors, ...extra }, security: [{}, { bearer: [] }] });

/** The OpenAPI 3.1 description of the whole HTTP API, served at `/api/openapi.json`. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Moodline API', version: '1',
      description: 'How the public feels about your outage, hour by hour. Every error has the shape {"error":{"code","message","details"?}}. '
        + 'Writes (uploads, deletes) need `Authorization: Bearer KEY` when keys are configured; reads are public unless MOODLINE_PUBLIC_READS=false.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A key from MOODLINE_API_KEYS (or the embedded default\'s generated key)' } }, schemas: OPENAPI_SCHEMAS },
    paths: {
      '/api/datasets': { get: read('List datasets with post count and time range', [], json({ type: 'object', properties: { datasets: { type: 'array', items: ref('Dataset') } } })) },
      '/api/datasets/{dataset}': {
        delete: { summary: 'Delete a dataset: aggregates, stored posts, dedupe marks and upload records', parameters: [datasetParam], security: [{ bearer: [] }], responses: { 204: { description: 'Deleted' }, 400: err('Bad dataset name'), 404: err('No such dataset'), ...writeErrors } },
      },
      '/api/datasets/{dataset}/uploads': {
        post: {
          summary: 'Upload an export (raw body or multipart field `file`); it is parsed and scored in the background',
          parameters: [datasetParam, q('format', 'Export format; default: detected'), q('map', 'Column map, e.g. text=body,time=posted'), q('tz', 'Zone of timestamps that carry none')],
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } }, 'multipart/form-data': { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } } } },
          security: [{ bearer: [] }],
          responses: { 202: json(ref('UploadAccepted'), 'Accepted; follow statusUrl'), 400: err('Empty file or bad name'), 413: err('Too large'), 422: err('Not a usable export'), ...writeErrors },
        },
      },
      '/api/uploads/{uploadId}': {
        get: read('Progress and final report of an upload', [{ name: 'uploadId', in: 'path', required: true, schema: { type: 'string', pattern: '^up_[a-f0-9]{24}$' } }], json(ref('UploadReport'))),
      },
      '/api/uploads/{uploadId}/rejected.csv': {
        get: read('The rejected rows of an upload as CSV (line, reason; the first 10,000 kept)', [{ name: 'uploadId', in: 'path', required: true, schema: { type: 'string', pattern: '^up_[a-f0-9]{24}$' } }],
          { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }),
      },
      '/api/datasets/{dataset}/mood': { get: read('Mood per bucket, empty buckets zero-filled', [datasetParam, bucket, ...range, tz], json(ref('MoodSeries'))) },
      '/api/datasets/{dataset}/summary': {
        get: read('Mood per bucket plus its top rising terms and up to 3 representative posts per category (at most 1,000 buckets; terms and samples from at most 100,000 posts)', [datasetParam, bucket, ...range, tz], json(ref('Summary'))),
      },
      '/api/datasets/{dataset}/posts': {
        get: read('Scored posts of a range, filtered, newest hour last, with cursor pagination', [
          datasetParam, ...range,
          q('category', 'Only this category', { type: 'string', enum: [...CATEGORIES] }),
          q('label', 'Only this sentiment label', { type: 'string', enum: [...SENTIMENT_LABELS] }),
          q('lang', 'Only this language code (en, fr, it, es, de, und, …)', { type: 'string', pattern: '^[a-z]{2,3}$' }),
          q('q', 'Case-insensitive text search (1–200 characters)', { type: 'string', maxLength: 200 }),
          q('limit', 'Posts per page', { type: 'integer', minimum: 1, maximum: MAX_POSTS_LIMIT, default: 50 }),
          q('cursor', 'nextCursor of the previous page'),
        ], json(ref('PostPage'))),
      },
      '/api/datasets/{dataset}/export.csv': {
        get: read('Download scored posts (table=posts) or the hourly series (table=hourly) as CSV, streamed. Text cells starting with = + - @ tab or CR are prefixed with \' so spreadsheets do not run them.', [
          datasetParam, ...range, q('tz', 'Zone of the hourly series', { type: 'string', default: 'UTC' }), q('table', 'Which table', { type: 'string', enum: ['posts', 'hourly'], default: 'posts' }),
        ], { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }),
      },
      '/api/datasets/{dataset}/export.json': {
        get: read('Download the hourly series (with its turns, trend and most negative hour, as /mood gives them) and every scored post as one JSON document, streamed', [datasetParam, ...range, q('tz', 'Zone of the hourly series', { type: 'string', default: 'UTC' })],
          json({ type: 'object', properties: { dataset: { type: 'string' }, exportedAt: { type: 'string' }, from: { type: ['string', 'null'] }, to: { type: ['string', 'null'] }, tz: { type: 'string' }, hourly: { type: 'array', items: ref('MoodBucket') }, turns: { type: 'array', items: ref('MoodTurn') }, trend: { oneOf: [ref('MoodTrend'), { type: 'null' }] }, mostNegative: { type: ['object', 'null'] }, posts: { type: 'array', items: ref('Post') } } })),
      },
      '/api/analyze': {
        post: {
          summary: 'Analyse one text ({text}) or up to 1,000 ({texts}), each at most 20,000 characters',
          requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [{ type: 'object', properties: { text: { type: 'string' } } }, { type: 'object', properties: { texts: { type: 'array', items: { type: 'string' } } } }] } } } },
          security: [{}, { bearer: [] }],
          responses: { 200: json({ oneOf: [ref('Analysis'), { type: 'object', properties: { results: { type: 'array', items: ref('Analysis') } } }] }), 400: err('Bad body'), 413: err('Body over 2 MB'), 429: err('Too many requests'), 503: err('The analyser thread stopped or the server is shutting down; retry') },
        },
      },
      '/healthz': { get: { summary: 'Redis reachability and latency, queue depths, live worker counts', responses: { 200: { description: 'Up' }, 503: { description: 'Redis is down' } } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 JSON' } } } },
      '/api/docs': { get: { summary: 'This document as a readable page', responses: { 200: { description: 'HTML' } } } },
    },
  };
}
