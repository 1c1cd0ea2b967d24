import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every failure the API reports is an AppError: a stable machine code, an HTTP
 * status and a dictionary key (`errors.<code>`) for the message, so that the
 * one error handler can answer in the caller's language.
 */
export type ErrorDetails = Record<string, unknown> | Array<Record<string, unknown>> | null;

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: ContentfulStatusCode,
    readonly details: ErrorDetails = null,
    readonly params: Record<string, string | number> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }

  get messageKey(): string {
    return `errors.${this.code}`;
  }
}

export type FieldIssue = { path: string; code: string; message: string };

export const errors = {
  malformedJson: () => new AppError('malformed_json', 400),
  badRequest: (details: ErrorDetails = null) => new AppError('bad_request', 400, details),
  validation: (issues: FieldIssue[]) => new AppError('validation_failed', 422, issues),
  unauthenticated: () => new AppError('unauthenticated', 401),
  sessionExpired: () => new AppError('session_expired', 401),
  invalidCredentials: () => new AppError('invalid_credentials', 401),
  forbidden: () => new AppError('forbidden', 403),
  passwordChangeRequired: () => new AppError('password_change_required', 403),
  csrfMissing: () => new AppError('csrf_missing', 403),
  csrfInvalid: () => new AppError('csrf_invalid', 403),
  notFound: (entity = 'resource') => new AppError('not_found', 404, { entity }),
  routeNotFound: () => new AppError('route_not_found', 404),
  methodNotAllowed: () => new AppError('method_not_allowed', 405),
  conflict: (code: string, details: ErrorDetails = null) => new AppError(code, 409, details),
  payloadTooLarge: (limitBytes: number) =>
    new AppError('payload_too_large', 413, { limitBytes }, { limit: Math.round(limitBytes / 1024) }),
  unsupportedMediaType: (expected: string) => new AppError('unsupported_media_type', 415, { expected }, { expected }),
  unprocessable: (code: string, details: ErrorDetails = null) => new AppError(code, 422, details),
  tooManyRequests: (retryAfterSeconds: number) =>
    new AppError(
      'too_many_requests',
      429,
      { retryAfterSeconds },
      { seconds: retryAfterSeconds },
      { 'Retry-After': String(retryAfterSeconds) },
    ),
  unavailable: (code = 'service_unavailable') => new AppError(code, 503),
  internal: () => new AppError('internal_error', 500),
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
