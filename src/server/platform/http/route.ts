import { createRoute, OpenAPIHono, z, type RouteConfig } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { requireAccess, type Access } from '../auth/auth.middleware';
import type { AppEnv } from './context';
import { errorBodySchema, validationError } from './error-handler';

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorBodySchema } },
});

function standardErrors(access: Access, hasInput: boolean) {
  return {
    ...(hasInput ? { 400: errorResponse('Malformed request'), 422: errorResponse('Validation failed') } : {}),
    ...(access === 'public' ? {} : { 401: errorResponse('Not signed in, or the session expired') }),
    ...(access === 'public' || access === 'signed_in' ? {} : { 403: errorResponse('The role lacks the permission') }),
  };
}

/**
 * Declares an API route: its zod contracts, who may call it, and the OpenAPI
 * entry, in one object. The access rule is recorded in the document as
 * `x-access` so the role-matrix test can walk every route.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(config: R & { access: Access }) {
  const { access, ...route } = config;
  const hasInput = Boolean(route.request?.body || route.request?.query || route.request?.params);
  return createRoute({
    ...route,
    'x-access': access,
    security: access === 'public' ? [] : [{ session: [] }],
    middleware: [requireAccess(access)] as const,
    responses: { ...standardErrors(access, hasInput), ...route.responses },
  } as unknown as R & { middleware: [ReturnType<typeof requireAccess>] });
}

/** A router for one module: validation failures become translated 422 errors. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      // The validator hands the raw input along with a failure, though the type does not say so.
      if (!result.success) throw validationError(result.error, c.var.t, result.target, 'data' in result ? result.data : undefined);
    },
  });
}

export const jsonContent = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

/** Keyset pagination query shared by list endpoints. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export type Status = ContentfulStatusCode;
