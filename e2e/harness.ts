/**
 * Browser-test harness: one app and one Chromium per test file.
 *
 * The app is the one at E2E_BASE_URL when set; otherwise it starts in this
 * process on a free port with a fresh in-memory database and the demo data
 * (or on DATABASE_URL's PostgreSQL when that is set).
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { dictionaries } from '../src/lib/i18n';

export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A reason to skip, or false: the browser lane runs only where Chromium is installed. */
export const skipReason: string | false = existsSync(chromiumPath)
  ? false
  : `Chromium not found at ${chromiumPath}: browser tests skipped`;

export const demoPassword = 'otandas-demo-2026';
export const demo = {
  admin: 'admin@demo.otandas.kz',
  operator: 'operator@demo.otandas.kz',
} as const;

export type App = { url: string; stop(): Promise<void> };

/**
 * Test files run in parallel processes and each may rebuild the UI when it is
 * stale; a lock directory makes them take turns, so no build reads a half-written dist/.
 */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = path.join(tmpdir(), 'otandas-e2e-web-build.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock older than five minutes was left by a killed run.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export async function startApp(): Promise<App> {
  const external = process.env.E2E_BASE_URL;
  if (external) return { url: external.replace(/\/$/, ''), stop: async () => {} };
  const [{ startServer }, { loadConfig }, { ensureWebBuild }, { createScratchPostgresDatabase }] = await Promise.all([
    import('../src/server/main'),
    import('../src/server/platform/config'),
    import('../src/server/web-build'),
    import('../src/server/platform/testing'),
  ]);
  await withBuildLock(() => ensureWebBuild());
  // On the PostgreSQL lane each browser test file gets its own database, as every other test file does.
  const scratch = process.env.DATABASE_URL ? await createScratchPostgresDatabase(process.env.DATABASE_URL) : undefined;
  const config = loadConfig(
    { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' },
    { dataDir: 'memory://', secret: 'e2e-secret-e2e-secret-e2e-secret-0000', databaseUrl: scratch?.url },
  );
  const server = await startServer({ config });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await scratch?.drop();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
}

/**
 * A fresh browser profile. `bypassCSP` is only for injecting axe-core: the
 * app's Content-Security-Policy forbids inline scripts, and the walkthrough
 * keeps it on to prove the console works under it.
 */
export async function newContext(browser: Browser, options: { width?: number; bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  const width = options.width ?? 1280;
  return browser.newContext({
    viewport: { width, height: width < 500 ? 780 : 900 },
    locale: 'en-GB',
    timezoneId: 'Asia/Almaty',
    bypassCSP: options.bypassCSP ?? false,
  });
}

/** Signs in through the sign-in form (whatever the interface language) and waits for the console. */
export async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/staff/login`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((u) => u.pathname.startsWith('/staff') && !u.pathname.startsWith('/staff/login'));
  // The console loads in chunks and asks for its data as it mounts; a test acts on the settled page.
  await page.waitForLoadState('networkidle');
}

/** Fails the test with the page's own words when an expected text does not show up. */
export async function expectVisible(page: Page, text: string | RegExp, timeout = 10_000): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout });
}

/**
 * A text of the Kazakh dictionary with its {{placeholders}} filled in: the
 * browser tests find controls by the words the interface shows, so they follow
 * the wording.
 */
export function kazakhText(key: string, values: Record<string, string> = {}): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], dictionaries.kk);
  if (typeof value !== 'string') throw new Error(`the kk dictionary has no text ${key}`);
  return value.replace(/\{\{(\w+)\}\}/gu, (placeholder, name: string) => values[name] ?? placeholder);
}
