import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp, type TestClient } from '../testing';
import { can, roles, type Permission, type Role } from './roles';

/**
 * Walks every route of the OpenAPI document with every role and with no
 * session, and checks the answer against the permission matrix in roles.ts.
 */
type Operation = { method: string; path: string; access: string; requiredQuery: string[] };
type OpenApiOperation = { 'x-access': string; parameters?: Array<{ in: string; name: string; required?: boolean }> };

/** Valid sample values for path and required query parameters, so allowed calls can answer 200. */
const sampleValues: Record<string, string> = {
  id: '00000000-0000-4000-8000-000000000000',
  code: '110000000',
  q: 'Астана',
  year: '2026',
  from: '2026-03-20T10:00:00Z',
  days: '2',
  number: '2026-000001',
};

/** GETs without path parameters that answer 404 for a sample that names nothing, by design. */
const lookups = new Set(['/api/v1/appeals/status']);

function concretePath(op: Operation): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => sampleValues[name] ?? '1');
  const query = op.requiredQuery.map((name) => `${name}=${encodeURIComponent(sampleValues[name] ?? '1')}`).join('&');
  return query ? `${path}?${query}` : path;
}

function expectedFor(access: string, role: Role | null): 'ok' | 401 | 403 {
  if (access === 'public') return 'ok';
  if (!role) return 401;
  if (access === 'signed_in') return 'ok';
  return can(role, access as Permission) ? 'ok' : 403;
}

describe('route × role matrix', () => {
  let t: TestApp;
  let operations: Operation[];
  const clients = new Map<Role, TestClient>();

  before(async () => {
    t = await createTestApp();
    const doc = (await t.client().get('/api/v1/openapi.json')).body;
    operations = Object.entries(doc.paths as Record<string, Record<string, OpenApiOperation>>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path: `/api/v1${path}`,
        access: op['x-access'],
        requiredQuery: (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => p.name),
      })),
    );
    for (const role of roles) clients.set(role, (await t.signedIn(role)).client);
  });
  after(() => t.close());

  test('every route declares who may call it', () => {
    assert.ok(operations.length >= 14, `found ${operations.length} operations`);
    for (const op of operations) assert.ok(op.access, `${op.method} ${op.path} has no x-access`);
  });

  test('every route answers each role as the matrix says', async () => {
    const mismatches: string[] = [];
    for (const op of operations) {
      for (const role of [null, ...roles] as Array<Role | null>) {
        // Unsafe calls get a fresh session, so a sign-out or password change does not spoil the next check.
        const client = role === null ? await t.client().start() : op.method === 'GET' ? clients.get(role)! : (await t.signedIn(role)).client;
        const response = await client.request(op.method, concretePath(op), op.method === 'GET' ? {} : { json: {} });
        const expected = expectedFor(op.access, role);
        const label = `${op.method} ${op.path} as ${role ?? 'anonymous'}`;
        if (expected === 'ok') {
          if ([401, 403].includes(response.status) || response.status >= 500) mismatches.push(`${label}: ${response.status}, expected access`);
          if (op.method === 'GET' && !op.path.includes('{') && !op.path.endsWith('.csv') && !lookups.has(op.path) && response.status !== 200) {
            mismatches.push(`${label}: ${response.status}, expected 200`);
          }
        } else if (response.status !== expected) {
          mismatches.push(`${label}: ${response.status}, expected ${expected}`);
        }
        if (response.status >= 400) assert.ok(response.body?.error?.code, `${label} answered ${response.status} outside the error shape`);
      }
    }
    assert.deepEqual(mismatches, []);
  });
});
