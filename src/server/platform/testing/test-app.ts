import type { Hono } from 'hono';
import { buildApp } from '../../app';
import { loadConfig, type Config } from '../config';
import type { DatabaseHandle } from '../db';
import { createLogger } from '../logger';
import type { AppEnv } from '../http';
import type { Role } from '../rbac';
import { importKatoClassifier, seedReferenceData } from '../../modules/kato';
import { createStaffUser } from '../../modules/staff';
import { calendarYears, seedStatutoryHolidays } from '../../modules/calendar';
import { seedSupportReference } from '../../modules/support';
import { createTestDatabase } from './test-database';

export type TestResponse = { status: number; headers: Headers; body: any; text: string };

/**
 * A browser-like client for the in-process app: it keeps cookies and sends
 * the CSRF token the way the web console does.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  csrfToken: string | undefined;

  constructor(private readonly app: Hono<AppEnv>) {}

  async request(
    method: string,
    path: string,
    options: { json?: unknown; body?: BodyInit; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<TestResponse> {
    const headers = new Headers(options.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    if (options.csrf !== false && method !== 'GET' && this.csrfToken && !headers.has('x-csrf-token')) {
      headers.set('x-csrf-token', this.csrfToken);
    }
    const init: RequestInit & { duplex?: 'half' } = { method, headers, body };
    if (body instanceof ReadableStream) init.duplex = 'half';
    const response = await this.app.request(path, init);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /max-age=0/i.test(a) || /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.status, headers: response.headers, body: parsed, text };
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, { headers });
  }

  post(path: string, json?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, { json, headers });
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** Fetches the anonymous CSRF token, as the console does on load. */
  async start(): Promise<this> {
    const session = await this.get('/api/v1/auth/session');
    this.csrfToken = session.body.csrfToken;
    return this;
  }

  async login(email: string, password: string): Promise<TestResponse> {
    if (!this.csrfToken) await this.start();
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }
}

export type TestApp = {
  app: Hono<AppEnv>;
  database: DatabaseHandle;
  config: Config;
  client(): TestClient;
  /** Creates an account of `role` and returns a client signed in as it. */
  signedIn(role: Role, overrides?: { email?: string; regionCode?: string }): Promise<{ client: TestClient; userId: string; email: string }>;
  close(): Promise<void>;
};

export const testPassword = 'correct horse battery';

/** Only the regions (20 rows) unless the test needs the whole classifier. */
export async function createTestApp(options: { fullKato?: boolean; config?: Partial<Config> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const defaults = loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, { dataDir: '/nonexistent', secret: 'test-secret-test-secret-test-secret-0000' });
  const config = loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv, {
    dataDir: '/nonexistent',
    secret: 'test-secret-test-secret-test-secret-0000',
    loginRatePerMinute: 10_000,
    ...options.config,
    // A light proof of work keeps the check real without slowing the suite.
    support: { ...defaults.support, appealProofBits: 4, appealsPerMinute: 10_000, ...options.config?.support },
  });
  await seedReferenceData(database.db, () =>
    importKatoClassifier(database.db, { onlyLevels: options.fullKato ? undefined : ['oblast'] }),
  );
  await seedSupportReference(database.db);
  await seedStatutoryHolidays(database.db, calendarYears());
  const app = buildApp({ db: database.db, pool: database.pool, config, logger: createLogger('silent'), serveWeb: false });
  let counter = 0;
  return {
    app,
    database,
    config,
    client: () => new TestClient(app),
    async signedIn(role, overrides = {}) {
      counter += 1;
      const email = overrides.email ?? `${role}.${counter}@test.otandas.kz`;
      const created = await createStaffUser(
        database.db,
        { actor: null, ip: null, requestId: 'test' },
        {
          email,
          displayName: `${role} ${counter}`,
          role,
          password: testPassword,
          ...(role === 'front_office' ? { regionCode: overrides.regionCode ?? '110000000' } : {}),
        },
      );
      const client = new TestClient(app);
      const response = await client.login(email, testPassword);
      if (response.status !== 200) throw new Error(`login failed: ${response.text}`);
      return { client, userId: created.user.id, email };
    },
    close: () => database.close(),
  };
}
