import { CATEGORIES, SENTIMENT_LABELS } from '../domain/analysis';
import { UPLOAD_STATES } from '../domain/upload-report';

const int = { type: 'integer', minimum: 0 };
const num = { type: 'number' };
const str = { type: 'string' };
const nullableStr = { type: ['string', 'null'] };
const share = { type: 'number', minimum: 0, maximum: 1 };
const counts = (names: readonly string[]) => ({ type: 'object', required: [...names], properties: Object.fromEntries(names.map((n) => [n, int])) });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Component schemas of the OpenAPI document: the shapes every endpoint answers. */
export const OPENAPI_SCHEMAS = {
  Error: {
    type: 'object', required: ['error'],
    properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str, details: {} } } },
  },
  MoodBucket: {
    type: 'object', required: ['start', 'posts', 'sentiment', 'categories', 'flags'],
    properties: {
      start: { type: 'string', description: 'Bucket start with the zone offset, e.g. 2018-12-06T05:00:00Z or 2018-12-06T10:30:00+05:30' },
      posts: int,
      sentiment: { type: 'object', required: ['mean', 'negative', 'neutral', 'positive'], properties: { mean: { type: 'number', minimum: -1, maximum: 1 }, negative: int, neutral: int, positive: int } },
      categories: counts(CATEGORIES),
      flags: { ...counts(['compensation', 'question']), description: 'Posts demanding compensation or a refund, and posts asking a question (any category).' },
    },
  },
  MoodSeries: {
    type: 'object', required: ['dataset', 'bucket', 'tz', 'series', 'turns', 'trend', 'mostNegative'],
    properties: {
      dataset: str, bucket: str, tz: str, from: nullableStr, to: nullableStr, series: { type: 'array', items: ref('MoodBucket') },
      turns: {
        type: 'array', maxItems: 6, items: ref('MoodTurn'),
        description: 'When the share of negative posts moved to a new level and stayed there: a shift of 10 points or more between spans of at least 30 scored posts each, with a two-proportion z of 5 or more (binary segmentation).',
      },
      trend: {
        oneOf: [ref('MoodTrend'), { type: 'null' }],
        description: 'The last 3 buckets with posts against the 3 before them; null when either side has fewer than 30 scored posts.',
      },
      mostNegative: {
        type: ['object', 'null'], description: 'The bucket with the largest share of negative posts among buckets with 20 or more scored posts.',
        required: ['start', 'posts', 'negativeShare'], properties: { start: str, posts: int, negativeShare: share },
      },
    },
  },
  MoodSpan: {
    type: 'object', required: ['from', 'to', 'posts', 'negativeShare', 'mean'],
    description: 'A run of buckets: its scored posts (posts with a sentiment label), the share of them negative and their mean sentiment.',
    properties: { from: str, to: nullableStr, posts: int, negativeShare: share, mean: { type: 'number', minimum: -1, maximum: 1 } },
  },
  MoodTurn: {
    type: 'object', required: ['start', 'direction', 'before', 'after'],
    properties: { start: str, direction: { type: 'string', enum: ['worse', 'better'] }, before: ref('MoodSpan'), after: ref('MoodSpan') },
  },
  MoodTrend: {
    type: 'object', required: ['direction', 'previous', 'recent'],
    properties: {
      direction: { type: 'string', enum: ['worse', 'better', 'steady', 'unclear'], description: '`steady`: the negative share moved less than 5 points; `unclear`: more, but with a z under 3.' },
      previous: ref('MoodSpan'), recent: ref('MoodSpan'),
    },
  },
  Post: {
    type: 'object', description: 'A scored post as stored. `text` is untrusted user content: render it as text.',
    required: ['id', 'createdAt', 'author', 'lang', 'text', 'sentiment', 'category', 'confidence', 'flags'],
    properties: {
      id: str, createdAt: { type: 'string', format: 'date-time' }, author: nullableStr, lang: str, text: str,
      sentiment: { type: 'object', properties: { score: { type: 'number', minimum: -1, maximum: 1 }, label: { type: ['string', 'null'], enum: [...SENTIMENT_LABELS, null] } } },
      category: { type: 'string', enum: [...CATEGORIES] }, confidence: { type: 'number', minimum: 0, maximum: 1 },
      flags: { type: 'object', properties: { compensation: { type: 'boolean' }, question: { type: 'boolean' } } },
    },
  },
  SummaryBucket: {
    allOf: [ref('MoodBucket'), {
      type: 'object', required: ['topTerms', 'samples', 'languages'],
      properties: {
        topTerms: {
          type: 'array', maxItems: 5, description: 'Words and two-word phrases ("expired certificate", "no signal") rising most in this bucket against the whole range (stopwords, URLs and @mentions removed; a phrase replaces its word when it carries most of its posts).',
          items: { type: 'object', properties: { term: str, posts: int, score: num } },
        },
        languages: { type: 'object', additionalProperties: int, description: 'Posts read in this bucket per detected language code (und: too short to tell), most first. Counts the posts the summary read (see truncated).' },
        samples: { type: 'object', description: 'Up to 3 most representative posts per category (highest confidence first).', properties: Object.fromEntries(CATEGORIES.map((c) => [c, { type: 'array', maxItems: 3, items: ref('Post') }])) },
      },
    }],
  },
  Summary: {
    type: 'object', required: ['dataset', 'bucket', 'tz', 'scanned', 'truncated', 'buckets'],
    properties: {
      dataset: str, bucket: str, tz: str, from: nullableStr, to: nullableStr,
      scanned: { ...int, description: 'Stored posts read for terms and samples.' },
      truncated: { type: 'boolean', description: 'True when the range held more posts than one summary reads (100,000).' },
      buckets: { type: 'array', items: ref('SummaryBucket') },
    },
  },
  PostPage: {
    type: 'object', required: ['dataset', 'posts', 'nextCursor'],
    properties: { dataset: str, posts: { type: 'array', items: ref('Post') }, nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null at the end.' } },
  },
  Dataset: { type: 'object', required: ['name', 'posts', 'from', 'to'], properties: { name: str, posts: int, from: nullableStr, to: nullableStr } },
  UploadAccepted: { type: 'object', required: ['uploadId', 'statusUrl'], properties: { uploadId: str, statusUrl: str } },
  UploadReport: {
    type: 'object', required: ['uploadId', 'dataset', 'state', 'accepted', 'duplicates', 'rejected', 'scored', 'rowsRead', 'progress', 'errors'],
    properties: {
      uploadId: str, dataset: str, state: { type: 'string', enum: [...UPLOAD_STATES] },
      accepted: int, duplicates: int, rejected: int, scored: int, rowsRead: int, progress: { type: 'number', minimum: 0, maximum: 1 },
      errors: { type: 'array', maxItems: 100, items: { type: 'object', properties: { line: int, reason: str } } },
      rejectedByReason: { type: 'object', additionalProperties: int },
      fileName: str, bytes: int, format: str, createdAt: str, finishedAt: str, error: str,
    },
  },
  Analysis: {
    type: 'object',
    properties: {
      lang: str, supported: { type: 'boolean' },
      sentiment: { type: 'object', properties: { score: num, comparative: num, label: { type: 'string', enum: [...SENTIMENT_LABELS] } } },
      category: { type: 'string', enum: [...CATEGORIES] }, confidence: num,
      flags: { type: 'object', properties: { compensation: { type: 'boolean' }, question: { type: 'boolean' } } },
    },
  },
};
