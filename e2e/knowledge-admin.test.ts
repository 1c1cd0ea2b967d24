/**
 * The knowledge base's editor in a real browser, in Kazakh: the administrator
 * changes the Kazakh source of an article and publishes it; the list then
 * shows its Russian and English translations as out of date. The Russian one
 * is saved and published again and is no longer out of date, while the
 * English one still is. Leaving an editor with unsaved text asks first.
 *
 * Labels come from the Kazakh dictionary, so the test follows the wording.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page, Response } from 'playwright-core';
import { demo, demoPassword, expectVisible, launchBrowser, newContext, signIn, skipReason, startApp, type App, kazakhText as text } from './harness';

const articleKey = 'iin-for-kandas';

describe('knowledge base editor: a changed source marks its translations out of date', { skip: skipReason }, () => {
  let app: App;
  let browser: Browser;
  let page: Page;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    page = await (await newContext(browser)).newPage();
    page.setDefaultTimeout(30_000);
    await signIn(page, app.url, demo.admin, demoPassword);
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  const row = (lang: string) => page.locator(`tbody[data-article="${articleKey}"] tr[data-lang="${lang}"]`);
  const outdatedIn = async (lang: string) => (await row(lang).getByText(text('kbAdmin.outdated'), { exact: true }).count()) > 0;

  async function openList() {
    await page.goto(`${app.url}/staff/kb`);
    await row('kk').waitFor();
  }

  async function openTranslation(lang: string) {
    await row(lang).getByRole('link').click();
    await page.waitForURL(/\/staff\/kb\/translations\/[0-9a-f-]{36}$/);
    await page.getByRole('textbox', { name: text('kbAdmin.editor.title'), exact: true }).waitFor();
  }

  const answered = (suffix: string, method: string) => (r: Response) => r.url().includes('/api/v1/kb/admin/translations/') && r.url().endsWith(suffix) && r.request().method() === method;

  /** Changes the title, saves a new draft and publishes it; returns the published translation. */
  async function editAndPublish(addition: string) {
    const title = page.getByRole('textbox', { name: text('kbAdmin.editor.title'), exact: true });
    const newTitle = `${await title.inputValue()} ${addition}`;
    await title.fill(newTitle);
    const saved = page.waitForResponse((r) => answered('', 'PUT')(r) && !r.url().endsWith('/status'));
    await page.getByRole('button', { name: text('common.save'), exact: true }).click();
    assert.equal((await saved).status(), 200);
    const published = page.waitForResponse(answered('/status', 'POST'));
    await page.getByRole('button', { name: text('kbAdmin.moves.published') }).click();
    const answer = await published;
    assert.equal(answer.status(), 200);
    const body = (await answer.json()) as { status: string; title: string; outdated: boolean };
    assert.deepEqual([body.status, body.title], ['published', newTitle]);
    await expectVisible(page, newTitle);
    return body;
  }

  test('the article starts with every translation up to date', async () => {
    await openList();
    for (const lang of ['kk', 'ru', 'en']) assert.equal(await outdatedIn(lang), false, `${lang} is up to date`);
  });

  test('an editor updates the Kazakh article; the Russian and English versions show as out of date', async () => {
    await openTranslation('kk');
    await editAndPublish('(жаңартылды)');
    await page.getByRole('link', { name: text('kbAdmin.editor.back') }).click();
    await page.waitForURL(/\/staff\/kb$/);
    await row('kk').waitFor();
    assert.equal(await outdatedIn('kk'), false, 'the source itself is never out of date');
    assert.equal(await outdatedIn('ru'), true, 'ru is out of date');
    assert.equal(await outdatedIn('en'), true, 'en is out of date');
  });

  test('the Russian version, saved and published again, is no longer out of date', async () => {
    await openTranslation('ru');
    await expectVisible(page, text('kbAdmin.editor.outdatedTitle'));
    const published = await editAndPublish('(обновлено)');
    assert.equal(published.outdated, false);
    assert.equal(await page.getByText(text('kbAdmin.editor.outdatedTitle')).count(), 0, 'the notice is gone');
    await openList();
    assert.equal(await outdatedIn('ru'), false, 'ru follows the source again');
    assert.equal(await outdatedIn('en'), true, 'en still waits for its translator');
  });

  test('leaving an editor with unsaved text asks first', async () => {
    await openTranslation('en');
    await page.getByRole('textbox', { name: text('kbAdmin.editor.summary'), exact: true }).fill('An unsaved summary');
    await page.getByRole('link', { name: text('kbAdmin.editor.back') }).click();
    const dialog = page.getByRole('dialog', { name: text('kbAdmin.unsaved.title') });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: text('common.cancel') }).click();
    assert.match(page.url(), /\/staff\/kb\/translations\//, 'the editor stays open');
    await page.getByRole('link', { name: text('kbAdmin.editor.back') }).click();
    await dialog.getByRole('button', { name: text('kbAdmin.unsaved.leave') }).click();
    await page.waitForURL(/\/staff\/kb$/);
  });
});
