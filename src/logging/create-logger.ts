import pino, { type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs on stderr (stdout stays for command output). Never log post text or credentials. */
export function createLogger(level: string, name = 'moodline'): Logger {
  return pino({ name, level, redact: ['req.headers.authorization', '*.apiKey', '*.text'] }, pino.destination(2));
}
