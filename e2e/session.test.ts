/**
 * A session that the server no longer knows (expired, revoked, or signed out
 * elsewhere) sends the user to the sign-in page with an explanation, and back
 * to the page they were on after signing in again.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { demo, demoPassword, expectVisible, launchBrowser, newContext, signIn, skipReason, startApp, type App } from './harness';

describe('session expiry', { skip: skipReason }, () => {
  let app: App;
  let browser: Browser;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  test('a 401 from the API leads to sign-in with a message, then back', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(app.url);
    await page.evaluate(() => localStorage.setItem('otandas_lang', 'en'));
    await signIn(page, app.url, demo.admin, demoPassword);
    // The console has mounted and asked for its data (the bell's first fetch) before the session goes.
    await page.getByRole('button', { name: /^Notifications/ }).waitFor();
    await page.waitForLoadState('networkidle');

    // The server forgets the session (as after the idle timeout): replace the cookie with an unknown token.
    const session = (await context.cookies()).find((c) => c.name === 'otandas_session');
    assert.ok(session, 'signed in with a session cookie');
    await context.addCookies([{ ...session, value: 'unknown-session-token-unknown-session-token' }]);

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/staff\/login$/);
    await expectVisible(page, 'Your session has expired. Please sign in again.');

    await page.getByLabel(/^E-mail/).fill(demo.admin);
    await page.getByLabel(/^Password/).fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/staff\/admin\/audit$/);
    await context.close();
  });
});
