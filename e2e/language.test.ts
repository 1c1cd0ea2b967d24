/**
 * The interface language in a real browser: the portal comes with Kazakh only;
 * Russian and English are fetched when chosen, the choice outlives a reload,
 * and a reader of English never sees the page in Kazakh first.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dictionaries, languages, type Language } from '../src/lib/i18n';
import { expectVisible, launchBrowser, newContext, skipReason, startApp, type App } from './harness';

const heroTitle = Object.fromEntries(languages.map((l) => [l, dictionaries[l].portal.heroTitle])) as Record<Language, string>;

/** Which dictionaries the page's scripts have carried so far, told by a text only that dictionary has. */
function watchDictionaries(page: Page): () => Promise<Language[]> {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  return async () => {
    const scripts = await Promise.all(bodies);
    return languages.filter((l) => scripts.some((s) => s.includes(heroTitle[l])));
  };
}

describe('interface language', { skip: skipReason }, () => {
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

  test('switches kk → ru → en, loading each dictionary when chosen, and keeps English after a reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const loaded = watchDictionaries(page);

    await page.goto(app.url);
    await expectVisible(page, heroTitle.kk);
    assert.equal(await page.locator('html').getAttribute('lang'), 'kk');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await loaded(), ['kk'], 'a Kazakh page fetches no other dictionary');

    await page.getByRole('button', { name: /Тіл:/ }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expectVisible(page, heroTitle.ru);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    assert.deepEqual(await loaded(), ['kk', 'ru']);

    await page.getByRole('button', { name: /Язык:/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expectVisible(page, heroTitle.en);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.evaluate(() => localStorage.getItem('otandas_lang')), 'en');
    assert.equal((await context.cookies()).find((c) => c.name === 'otandas_lang')?.value, 'en');

    // The first thing the reloaded page renders is already in English.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        const root = document.getElementById('root');
        if (!root?.textContent) return;
        (window as unknown as { firstText: string }).firstText = root.textContent;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    // The English dictionary comes slowly, as on a poor connection: the page waits for it rather than showing Kazakh.
    await page.route('**/assets/*.js', async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes(heroTitle.en)) await new Promise((resolve) => setTimeout(resolve, 1_000));
      await route.fulfill({ response, body });
    });
    const reloaded = watchDictionaries(page);
    await page.reload();
    await expectVisible(page, heroTitle.en);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const firstText = await page.evaluate(() => (window as unknown as { firstText?: string }).firstText ?? '');
    assert.ok(firstText.includes(heroTitle.en), 'the first render is in English');
    assert.ok(!firstText.includes(heroTitle.kk), 'no Kazakh text flashes before it');
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await reloaded(), ['kk', 'en'], 'Kazakh (the fallback) and English, not Russian');
    await context.close();
  });
});
