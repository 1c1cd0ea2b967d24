/**
 * The relocation advisor in a real browser, in Kazakh: a family picks the
 * "family with children" preset and the must-have "school", sees the top ten
 * in the list and on the map, reads one settlement's explanation, compares
 * two settlements, and sends the shortlist to the support center as an appeal.
 *
 * Labels come from the Kazakh dictionary, so the test follows the wording.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { expectVisible, launchBrowser, newContext, skipReason, startApp, type App, kazakhText as text } from './harness';


describe('relocation advisor: preset, must-have, map, explanation, compare, shortlist as an appeal', { skip: skipReason }, () => {
  let app: App;
  let browser: Browser;
  let page: Page;
  let top: string[] = [];

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    const context = await newContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  const results = () => page.locator('[data-testid="advisor-results"] > li[data-kato]');

  test('the "family with children" preset with the must-have "school" gives a top ten in the list and on the map', async () => {
    await page.goto(`${app.url}/advisor`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'kk');
    await page.getByRole('radio', { name: text('advisor.presets.familyWithChildren') }).check();
    const ranked = page.waitForResponse((r) => r.url().endsWith('/api/v1/settlements/rank') && (r.request().postData() ?? '').includes('"school"'));
    await page.getByRole('checkbox', { name: text('advisor.mustHave.school'), exact: true }).check();
    const response = await ranked;
    assert.equal(response.status(), 200);
    const body = (await response.json()) as { items: Array<{ kato: string; score: number }>; total: number };
    assert.ok(body.total > 100, `${body.total} settlements with a school`);

    // The state is in the address: the same link gives the same ranking.
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('p'), 'familyWithChildren');
    assert.match(url.searchParams.get('m') ?? '', /\bschool\b/);

    await results().nth(9).waitFor();
    top = await results().evaluateAll((items) => items.slice(0, 10).map((li) => li.getAttribute('data-kato') ?? ''));
    assert.deepEqual(top, body.items.slice(0, 10).map((i) => i.kato), 'the list shows the ranking in order');
    const map = page.locator('[data-testid="advisor-map"]');
    assert.equal(await map.getByRole('button').count(), 10, 'the top ten are numbered on the map');
    assert.ok((await map.locator('circle').count()) > 100, 'every candidate is drawn on the map');

    // Every one of the ten has a school, as the family asked.
    for (const kato of top) {
      const card = (await (await fetch(`${app.url}/api/v1/settlements/${kato}`)).json()) as { indicators: { school?: { value: number } } };
      assert.equal(card.indicators.school?.value, 1, `${kato} has a school`);
    }

    // The same link in a fresh page ranks the same ten.
    const second = await (await newContext(browser)).newPage();
    await second.goto(page.url());
    await second.locator('[data-testid="advisor-results"] > li[data-kato]').nth(9).waitFor();
    const again = await second.locator('[data-testid="advisor-results"] > li[data-kato]').evaluateAll((items) => items.slice(0, 10).map((li) => li.getAttribute('data-kato')));
    assert.deepEqual(again, top);
    await second.context().close();
  });

  test('one settlement explains its score per criterion, demo values marked', async () => {
    const first = results().first();
    const name = (await first.getByRole('link').first().innerText()).trim();
    await first.getByRole('link', { name }).click();
    await page.waitForURL(new RegExp(`/advisor/settlements/${top[0]}`));
    const explanation = page.locator('[data-testid="score-explanation"]');
    await explanation.waitFor();
    const pattern = text('advisor.explain.ofMax', { max: 'MAX', points: 'POINTS' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('MAX', '[\\d,.\\s]+').replace('POINTS', '[\\d,.\\s]+');
    assert.ok(await explanation.getByText(new RegExp(pattern)).count() > 3, 'points out of the maximum, per criterion');
    await expectVisible(page, text('advisor.demo'));
    await page.goBack();
    await results().nth(9).waitFor();
  });

  test('two settlements side by side', async () => {
    for (const kato of top.slice(0, 2)) {
      const item = page.locator(`[data-testid="advisor-results"] > li[data-kato="${kato}"]`);
      const toggle = item.getByRole('button', { name: new RegExp(text('advisor.shortlist.add')) });
      await toggle.click();
      assert.equal(await item.getByRole('button', { pressed: true }).count(), 1);
    }
    await page.getByRole('link', { name: text('advisor.shortlist.compare', { n: '2' }) }).click();
    await page.waitForURL(/\/advisor\/compare\?/);
    const table = page.getByRole('table', { name: text('advisor.compare.caption', { n: '2' }) });
    await table.waitFor();
    assert.equal(await table.locator('thead th').count(), 3, 'one column of names and two settlements');
    await page.goBack();
    await results().nth(9).waitFor();
  });

  test('the shortlist is saved and sent to the support center as an appeal', async () => {
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/settlements/shortlists') && r.request().method() === 'POST');
    await page.getByRole('button', { name: text('advisor.shortlist.save') }).click();
    const shortlist = (await (await saved).json()) as { id: string; items: Array<{ kato: string; name: { kk: string } }> };
    assert.deepEqual(shortlist.items.map((i) => i.kato), top.slice(0, 2));

    await page.getByRole('link', { name: text('advisor.shortlist.sendAppeal') }).click();
    await page.waitForURL(new RegExp(`/appeal\\?shortlist=${shortlist.id}`));
    const message = page.getByRole('textbox', { name: text('appeal.message') });
    await message.waitFor();
    const prefilled = await message.inputValue();
    for (const item of shortlist.items) assert.ok(prefilled.includes(item.name.kk), `the message names ${item.name.kk}`);

    await page.getByRole('combobox', { name: text('appeal.topic') }).selectOption({ index: 1 });
    await page.getByRole('textbox', { name: text('appeal.name') }).fill('Айгүл Серікқызы');
    await page.getByRole('textbox', { name: text('appeal.phone') }).fill('+998 90 123 45 67');
    await page.getByRole('combobox', { name: text('appeal.region') }).selectOption({ label: 'Павлодар облысы' });
    await page.getByRole('checkbox', { name: text('appeal.consentCheckbox') }).check();
    await expectVisible(page, text('appeal.proofReady'), 30_000);
    const filed = page.waitForResponse((r) => r.url().endsWith('/api/v1/appeals') && r.request().method() === 'POST');
    await page.getByRole('button', { name: text('appeal.submit') }).click();
    const answer = await filed;
    assert.equal(answer.status(), 201);
    const sent = JSON.parse(answer.request().postData() ?? '{}') as { message?: string };
    assert.ok(sent.message?.includes(shortlist.items[0]!.name.kk), 'the appeal carries the shortlist');
    await expectVisible(page, text('appeal.filedTitle'));
  });
});
