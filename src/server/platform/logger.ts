import pino, { type Logger } from 'pino';

/**
 * Structured JSON logs. Personal data must never reach them: the redaction
 * list is a safety net for the field names that carry it, not a licence to
 * log whole records.
 */
export const redactedPaths = [
  'password',
  '*.password',
  'newPassword',
  '*.newPassword',
  'currentPassword',
  '*.currentPassword',
  'iin',
  '*.iin',
  'passport',
  '*.passport',
  'phone',
  '*.phone',
  'address',
  '*.address',
  'email',
  '*.email',
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
  'res.headers["set-cookie"]',
];

export type { Logger };

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'otandas' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactedPaths, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
