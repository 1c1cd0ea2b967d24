import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { createTestApp } from './testing';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).trim().split('\n'));
      done();
    },
  });
  return { lines, stream };
}

test('personal data fields are redacted even if a caller logs them', () => {
  const { lines, stream } = capture();
  const logger = createLogger('info', stream);
  logger.info({ iin: '900101300123', person: { phone: '+77011234567', passport: 'N1234567', address: 'Astana' }, email: 'x@y.kz' }, 'oops');
  assert.doesNotMatch(lines.join('\n'), /900101300123|77011234567|N1234567|Astana|x@y\.kz/);
  assert.match(lines.join('\n'), /\[redacted\]/);
});

test('request logs are JSON with the request id and no query string, body or cookie', async () => {
  const t = await createTestApp();
  try {
    const { lines, stream } = capture();
    const { buildApp } = await import('../app');
    const app = buildApp({ db: t.database.db, pool: t.database.pool, config: t.config, logger: createLogger('debug', stream), serveWeb: false });
    const response = await app.request('/api/v1/staff/users?q=900101300123', { headers: { cookie: 'otandas_session=secret-token-value-xyz', 'x-request-id': 'log-test-0001' } });
    assert.equal(response.status, 401);
    const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    const request = entries.find((e) => e.msg === 'request');
    assert.ok(request);
    assert.equal(request.requestId, 'log-test-0001');
    assert.equal(request.path, '/api/v1/staff/users');
    assert.doesNotMatch(lines.join('\n'), /900101300123|secret-token-value/);
  } finally {
    await t.close();
  }
});
