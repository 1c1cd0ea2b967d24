import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { TFunction } from 'i18next';
import { z } from '@hono/zod-openapi';
import { defaultLanguage, translator } from '../../../lib/i18n';
import { AppError, errors, type FieldIssue } from '../errors';
import type { AppEnv } from './context';

export type ErrorBody = { error: { code: string; message: string; details: unknown } };

/** The one error shape, shared with clients through the OpenAPI document. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string().openapi({ description: "In the request's language" }),
      details: z.unknown(),
    }),
  })
  .openapi('Error');

function translateIssue(issue: FieldIssue & { params?: Record<string, unknown> }, t: TFunction): FieldIssue {
  return { path: issue.path, code: issue.code, message: t(`validation.${issue.code}`, issue.params ?? {}) };
}

/** The value a client sent at a path, when the input is at hand. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A text field left empty is a missing field to the person filling in the
 * form, not one that is "at least 1 character" short.
 */
function isEmptyRequiredText(issue: z.core.$ZodIssueTooSmall, input: unknown): boolean {
  if (issue.origin !== 'string') return false;
  if (Number(issue.minimum) <= 1) return true;
  const sent = valueAt(input, issue.path);
  return typeof sent === 'string' && sent.trim() === '';
}

/** Turns zod issues into translated, field-addressed details; `input` is what was validated. */
export function validationError(error: z.ZodError, t: TFunction, location: string, input?: unknown): AppError {
  const issues = error.issues.flatMap((issue) => {
    const base = [location, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => translateIssue({ path: `${base}.${key}`, code: 'unrecognized_key', message: '' }, t));
    }
    const params: Record<string, unknown> = {};
    let code: string = issue.code;
    if (issue.code === 'too_small' && isEmptyRequiredText(issue, input)) {
      code = 'required';
    } else if (issue.code === 'too_big' || issue.code === 'too_small') {
      const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      // Lengths take plural forms ("200 символов"); plain numbers do not.
      if (issue.origin === 'string' || issue.origin === 'array') params.count = limit;
      else params.limit = String(limit);
      code = `${issue.code}_${issue.origin === 'string' ? 'string' : issue.origin === 'array' ? 'array' : 'number'}`;
    } else if (issue.code === 'invalid_format') {
      code = issue.format === 'email' ? 'invalid_email' : 'invalid_format';
    } else if (issue.code === 'invalid_value') {
      params.options = issue.values.map(String).join(', ');
    } else if (issue.code === 'custom') {
      code = typeof issue.params?.code === 'string' ? `custom_${issue.params.code}` : 'custom';
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      code = 'required';
    }
    return [translateIssue({ path: base, code, message: '', params }, t)];
  });
  return errors.validation(issues);
}

function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400 && /json/i.test(error.message)) return errors.malformedJson();
    if (error.status === 413) return errors.payloadTooLarge(0);
    if (error.status === 401) return errors.unauthenticated();
    if (error.status === 403) return errors.forbidden();
    if (error.status === 404) return errors.routeNotFound();
    return errors.badRequest();
  }
  return undefined;
}

export function renderError(c: Context<AppEnv>, error: AppError): Response {
  const t = c.var.t ?? translator(defaultLanguage);
  // Services raise field problems by code; the message is filled in here, in the caller's language.
  const details =
    error.code === 'validation_failed' && Array.isArray(error.details)
      ? error.details.map((issue) => (issue.message ? issue : { ...issue, message: t(`validation.${String(issue.code)}`, (issue.params ?? {}) as Record<string, unknown>) }))
      : error.details;
  const body: ErrorBody = {
    error: { code: error.code, message: t(error.messageKey, error.params), details },
  };
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(body, error.status);
}

export function onError(error: unknown, c: Context<AppEnv>): Response {
  const known = toAppError(error);
  if (known) return renderError(c, known);
  // Unknown failures are logged by class and message only: a driver error can quote row values.
  const err = error as Error;
  c.var.logger?.error(
    { requestId: c.var.requestId, err: { type: err?.name, message: err?.message?.slice(0, 300), stack: err?.stack } },
    'unhandled error',
  );
  return renderError(c, errors.internal());
}
