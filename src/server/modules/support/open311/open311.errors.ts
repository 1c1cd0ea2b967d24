import type { Context } from 'hono';
import type { TFunction } from 'i18next';
import type { z } from '@hono/zod-openapi';
import { AppError, errors, isAppError, type FieldIssue } from '../../../platform/errors';
import { validationError, type AppEnv } from '../../../platform/http';

/**
 * Open311 reports errors as a list of {code, description}; code is the HTTP
 * status, as the specification's examples have it. kz_error carries our
 * machine code for partners who want to branch on it.
 */
export type Open311Error = { code: number; description: string; kz_error: string };

/** Our field paths ("param.attribute.size") in Open311 parameter names ("attribute[size]"). */
function parameterName(path: string): string {
  const [, ...parts] = path.split('.');
  const [head = '', ...rest] = parts;
  return rest.length ? `${head}${rest.map((p) => `[${p}]`).join('')}` : head;
}

function translate(t: TFunction, key: string, params: Record<string, unknown> = {}, fallback: string): string {
  return t(key, { ...params, defaultValue: t(fallback) });
}

/** Missing or malformed parameters are a 400 in Open311, not our usual 422. */
export function badParameters(issues: FieldIssue[]): AppError {
  return new AppError('validation_failed', 400, issues);
}

export function parseParameters<T extends z.ZodType>(schema: T, value: unknown, t: TFunction): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw badParameters(validationError(result.error, t, 'param', value).details as FieldIssue[]);
  return result.data;
}

export function open311Errors(error: AppError, t: TFunction): Open311Error[] {
  if (error.code === 'validation_failed' && Array.isArray(error.details) && error.details.length) {
    return (error.details as Array<FieldIssue & { params?: Record<string, unknown> }>).map((issue) => ({
      code: error.status,
      description: `${parameterName(issue.path)}: ${issue.message || translate(t, `validation.${issue.code}`, issue.params, 'validation.custom')}`,
      kz_error: issue.code,
    }));
  }
  return [{ code: error.status, description: translate(t, error.messageKey, error.params, 'errors.bad_request'), kz_error: error.code }];
}

/** The error handler of the Open311 routes: every failure in the Open311 shape, in the caller's language. */
export function renderOpen311Error(error: unknown, c: Context<AppEnv>): Response {
  let known = isAppError(error) ? error : undefined;
  if (!known) {
    const err = error as Error;
    c.var.logger?.error({ requestId: c.var.requestId, err: { type: err?.name, message: err?.message?.slice(0, 300), stack: err?.stack } }, 'unhandled error');
    known = errors.internal();
  }
  for (const [name, value] of Object.entries(known.headers)) c.header(name, value);
  return c.json(open311Errors(known, c.var.t), known.status);
}
