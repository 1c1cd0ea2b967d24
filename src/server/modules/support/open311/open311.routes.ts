import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError, errors } from '../../../platform/errors';
import { createRouter, type AppEnv } from '../../../platform/http';
import { badParameters, parseParameters, renderOpen311Error } from './open311.errors';
import { serviceRequestInput, serviceRequestsQuery } from './open311.schema';
import { findServiceRequests, getServiceRequest, listServices, serviceDefinition, submitServiceRequest } from './open311.service';
import { partnerForKey } from './partners.service';

/** `{code}.json` → code. We speak JSON only; the specification's XML is refused plainly. */
function resourceName(file: string): string {
  if (file.endsWith('.json')) return file.slice(0, -5);
  if (file.endsWith('.xml')) throw new AppError('open311_format_not_supported', 404);
  throw errors.routeNotFound();
}

/** Open311 routes sit outside /api/v1 and its JSON body parser, so they set their own size limit. */
const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
  const maxSize = c.var.config.bodyLimitBytes;
  return bodyLimit({
    maxSize,
    onError: () => {
      throw errors.payloadTooLarge(maxSize);
    },
  })(c, next);
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Form posts name attributes `attribute[code]` (lists: `attribute[code][]`);
 * JSON may do the same or send an `attribute` object. Both come out as one
 * flat parameter object with an `attribute` record. Empty values count as absent.
 */
export function collectParameters(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const params = new Map<string, unknown>();
  const attribute = new Map<string, unknown>();
  for (const [key, raw] of entries) {
    const match = key.match(/^attribute\[([^\]]+)\](\[\])?$/);
    if (match) {
      const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => typeof v === 'string' || typeof v === 'number');
      if (values.length) attribute.set(match[1]!, match[2] || values.length > 1 ? values : values[0]);
    } else if (key === 'attribute' && isPlainObject(raw)) {
      for (const [code, value] of Object.entries(raw)) attribute.set(code, value);
    } else {
      const value = Array.isArray(raw) ? raw[0] : raw;
      if (value !== '' && value !== null && value !== undefined && !(value instanceof Blob)) params.set(key.replace(/\[\]$/, ''), value);
    }
  }
  return { ...Object.fromEntries(params), attribute: Object.fromEntries(attribute) };
}

async function readParameters(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json') {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      throw errors.malformedJson();
    }
    if (!isPlainObject(body)) throw errors.badRequest();
    return collectParameters(Object.entries(body));
  }
  if (mediaType === 'application/x-www-form-urlencoded' || mediaType === 'multipart/form-data') {
    return collectParameters(Object.entries(await c.req.parseBody({ all: true })));
  }
  throw errors.unsupportedMediaType('application/x-www-form-urlencoded, application/json');
}

const idempotencyKeyPattern = /^[A-Za-z0-9._:-]{8,80}$/;

/** Open311 GeoReport v2: services (our topics) and service requests (appeals filed by partners). */
export function open311Routes() {
  const router = createRouter();
  router.onError(renderOpen311Error);

  router.get('/services.json', async (c) => c.json(await listServices(c.var.db, c.var.lang)));

  router.get('/services/:file', async (c) => c.json(await serviceDefinition(c.var.db, resourceName(c.req.param('file')), c.var.lang)));

  router.post('/requests.json', limitBody, async (c) => {
    const params = await readParameters(c);
    const partner = await partnerForKey(c.var.db, params.api_key ?? c.req.query('api_key'));
    const input = parseParameters(serviceRequestInput, params, c.var.t);
    const key = c.req.header('idempotency-key');
    if (key !== undefined && !idempotencyKeyPattern.test(key)) throw badParameters([{ path: 'header.Idempotency-Key', code: 'invalid_format', message: '' }]);
    const { api_key: _key, ...request } = params;
    const idempotency = key ? { key, fingerprint: createHash('sha256').update(JSON.stringify(request)).digest('hex') } : undefined;
    const created = await submitServiceRequest(c.var.db, c.var.config.secret, partner, input, c.var.lang, idempotency);
    return c.json([created], 201);
  });

  router.get('/requests.json', async (c) => {
    const partner = await partnerForKey(c.var.db, c.req.query('api_key'));
    const query = parseParameters(serviceRequestsQuery, c.req.query(), c.var.t);
    return c.json(await findServiceRequests(c.var.db, partner, query, c.var.lang));
  });

  router.get('/requests/:file', async (c) => {
    const number = resourceName(c.req.param('file'));
    const partner = await partnerForKey(c.var.db, c.req.query('api_key'));
    return c.json(await getServiceRequest(c.var.db, partner, number, c.var.lang));
  });

  router.all('*', () => {
    throw errors.routeNotFound();
  });
  return router;
}
