/**
 * The one HTTP client of the console. It knows the API's conventions: JSON in
 * and out, the single error shape, the CSRF header on state-changing requests,
 * and what a 401 means (the session is gone: the shell sends the user to sign-in).
 */
export type FieldIssue = { path: string; code: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field-addressed validation issues (422), keyed by field name without the `json.` prefix. */
  get fieldErrors(): Record<string, string> {
    // A conflict that names its field (409 slug_taken with {field: 'slug'}) belongs under that field too.
    const field = (this.details as { field?: unknown } | null)?.field;
    if (typeof field === 'string' && this.message) return { [field]: this.message };
    if (!Array.isArray(this.details)) return {};
    const result: Record<string, string> = {};
    for (const issue of this.details as FieldIssue[]) {
      if (typeof issue?.path !== 'string') continue;
      const field = issue.path.split('.').slice(1).join('.') || issue.path;
      result[field] ??= issue.message;
    }
    return result;
  }
}

export const apiBase = '/api/v1';

// The token lives in memory only: cookies are httpOnly, and the page fetches
// a fresh token from /auth/session on every load.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type SessionLostListener = (code: string) => void;
const sessionLostListeners = new Set<SessionLostListener>();

/** Called when a signed-in request answers 401: the session expired or was revoked. */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

// A 401 from these means "wrong credentials", not "your session is gone".
const credentialPaths = ['/auth/login', '/auth/session'];

export type QueryValue = string | number | boolean | null | undefined;

export function withQuery(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Record<string, QueryValue>;
  signal?: AbortSignal;
  /** Extra request headers, such as Idempotency-Key. */
  headers?: Record<string, string>;
};

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error?.code) return new ApiError(response.status, body.error.code, body.error.message ?? '', body.error.details ?? null);
  } catch {
    // Not our JSON (a proxy error page, for instance): fall through to a generic error.
  }
  return new ApiError(response.status, response.status >= 500 ? 'internal_error' : 'bad_request', '');
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(withQuery(apiBase + path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', '');
  }
}

/** Re-reads the CSRF token, e.g. after another tab signed in or out. */
export async function refreshCsrfToken(): Promise<void> {
  const response = await send('/auth/session', {});
  if (response.ok) setCsrfToken(((await response.json()) as { csrfToken: string }).csrfToken);
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);
  if (response.status === 403 && options.method && options.method !== 'GET') {
    const error = await toApiError(response.clone());
    // A stale token (another tab signed in or out) is recoverable once.
    if (error.code === 'csrf_invalid' || error.code === 'csrf_missing') {
      await refreshCsrfToken();
      response = await send(path, options);
    }
  }
  if (!response.ok) {
    const error = await toApiError(response);
    if (
      response.status === 401 &&
      (error.code === 'session_expired' || error.code === 'unauthenticated') &&
      !credentialPaths.includes(path)
    ) {
      for (const listener of sessionLostListeners) listener(error.code);
    }
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}
