/**
 * The knowledge base on the public portal, in Kazakh on a phone: type-ahead
 * and results with the searched words marked, the same article found from
 * Latin letters, the way to the support center when nothing is found, and
 * the journey guide's progress kept across a reload and carried by a link.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { dictionaries } from '../src/lib/i18n';
import { expectVisible, launchBrowser, newContext, skipReason, startApp, type App, kazakhText as text } from './harness';

const articleLink = /^\/kb\/kk\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('knowledge base and guide on the portal', { skip: skipReason }, () => {
  let app: App;
  let browser: Browser;
  let firstArticle = '';

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  async function phonePage(): Promise<Page> {
    const context = await newContext(browser, { width: 360 });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  }

  test('a visitor types a question, sees a suggestion, sends it and reads marked results that lead to the article', async () => {
    const page = await phonePage();
    await page.goto(`${app.url}/kb`);
    const box = page.getByRole('combobox', { name: text('kbSearch.boxLabel') });
    await box.pressSequentially('кандас мартебеси', { delay: 20 });

    const list = page.getByRole('listbox', { name: text('kbSearch.suggestionsLabel') });
    await list.getByRole('option').first().waitFor();
    assert.equal(await box.getAttribute('aria-expanded'), 'true');
    assert.equal(await box.getAttribute('aria-controls'), await list.getAttribute('id'));
    assert.ok((await list.locator('mark').count()) > 0, 'the typed words are marked in the suggestions');
    // The arrows move through the suggestions while the focus stays in the box; Escape closes them.
    await box.press('ArrowDown');
    const firstOption = list.getByRole('option').first();
    assert.equal(await firstOption.getAttribute('aria-selected'), 'true');
    assert.equal(await box.getAttribute('aria-activedescendant'), await firstOption.getAttribute('id'));
    await box.press('Escape');
    assert.equal(await box.getAttribute('aria-expanded'), 'false');
    assert.equal(await box.getAttribute('aria-activedescendant'), null);

    await box.press('Enter');
    await page.waitForURL((u) => u.pathname === '/kb' && u.searchParams.get('q') === 'кандас мартебеси');
    const results = page.getByTestId('kb-results').getByRole('listitem');
    await results.first().waitFor();
    const marks = (await results.first().locator('mark').allTextContents()).map((m) => m.toLocaleLowerCase('kk'));
    assert.ok(marks.some((m) => m.startsWith('қандас')), `marked: ${marks.join(', ')}`);
    assert.ok(marks.some((m) => m.startsWith('мәртеб')), `marked: ${marks.join(', ')}`);

    const link = results.first().getByRole('link');
    firstArticle = (await link.getAttribute('href')) ?? '';
    assert.match(firstArticle, articleLink);
    const title = (await link.textContent())?.trim() ?? '';

    // The article is a page the server renders: the link opens it with a full page load.
    await link.click();
    await page.waitForURL((u) => u.pathname === firstArticle);
    assert.equal((await page.locator('h1').first().textContent())?.trim(), title);

    // The visitor switches it to Russian, and marks it helpful with the plain form.
    await page.locator('nav.kb-langs a[hreflang="ru"]').click();
    await page.waitForURL((u) => u.pathname.startsWith('/kb/ru/'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    const ruTitle = (await page.locator('h1').first().textContent())?.trim() ?? '';
    assert.ok(ruTitle && ruTitle !== title, 'the Russian title is shown');
    const ru = dictionaries.ru as unknown as { pages: { kb: Record<string, string> } };
    await page.getByRole('radio', { name: ru.pages.kb.feedbackYes }).check();
    await page.getByRole('button', { name: ru.pages.kb.feedbackSend }).click();
    await expectVisible(page, ru.pages.kb.feedbackThanks!);
    assert.match(page.url(), /[?&]thanks=1/u, 'the vote was recorded and the page came back');
  });

  test('the same article is found from Latin letters', async () => {
    assert.ok(firstArticle, 'the first test found an article');
    const page = await phonePage();
    await page.goto(`${app.url}/kb?q=${encodeURIComponent('qandas martebesi')}`);
    const first = page.getByTestId('kb-results').getByRole('listitem').first();
    await first.waitFor();
    assert.equal(await first.getByRole('link').getAttribute('href'), firstArticle);
    assert.ok((await first.locator('mark').count()) > 0, 'the matched words are marked');
  });

  test('a question with no answer leads to the appeal form, with the question already written', async () => {
    const page = await phonePage();
    const question = 'Жфщшгкх зцуйқв бдлмп';
    await page.goto(`${app.url}/kb?q=${encodeURIComponent(question)}`);
    await expectVisible(page, text('kbSearch.nothingFoundTitle', { query: question }));
    assert.equal(await page.getByTestId('kb-results').count(), 0);
    await page.getByRole('link', { name: text('kbSearch.askSupport') }).click();
    await page.waitForURL((u) => u.pathname === '/appeal' && u.searchParams.get('message') === question);
    const message = page.getByRole('textbox', { name: text('appeal.message') });
    await message.waitFor();
    assert.equal(await message.inputValue(), question);
    // The rest of the form is as usual.
    assert.equal(await page.getByRole('textbox', { name: text('appeal.name') }).inputValue(), '');
  });

  test('the guide keeps ticked steps after a reload and a shared link restores them in another browser', async () => {
    const page = await phonePage();
    await page.goto(`${app.url}/guide`);
    const stepBox = (p: Page, id: string) => p.getByRole('checkbox', { name: text('guide.stepDoneFor', { step: text(`guide.steps.${id}.title`) }) });
    await stepBox(page, 'before').waitFor();
    assert.equal(await page.locator('#guide-step-before').getAttribute('data-next'), 'true', 'the first step is next at the start');
    // Articles for the steps come from the knowledge base, by key, in the reading language.
    const related = page.locator('#guide-step-iin a[href^="/kb/kk/"]');
    await related.first().waitFor();

    await stepBox(page, 'before').check();
    await stepBox(page, 'iin').check();
    await stepBox(page, 'stay').check();
    await page.waitForURL((u) => u.hash === '#done=before,iin,stay');
    assert.equal(await page.locator('#guide-step-status').getAttribute('data-next'), 'true', 'the first step not done is next');

    await page.goto(`${app.url}/guide`);
    await stepBox(page, 'before').waitFor();
    for (const id of ['before', 'iin', 'stay']) assert.ok(await stepBox(page, id).isChecked(), `${id} is kept after a reload`);
    assert.ok(!(await stepBox(page, 'status').isChecked()));
    const shared = await page.getByTestId('guide-share-link').inputValue();
    assert.equal(new URL(shared).hash, '#done=before,iin,stay');

    // Printing shows the steps without the site's header and the buttons.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('#guide-step-citizenship').isVisible());
    assert.ok(!(await page.locator('header').first().isVisible()), 'no header on paper');
    assert.ok(!(await page.getByRole('button', { name: text('guide.print') }).isVisible()), 'no buttons on paper');
    await page.emulateMedia({ media: 'screen' });

    const other = await phonePage();
    await other.goto(shared);
    await stepBox(other, 'before').waitFor();
    for (const id of ['before', 'iin', 'stay']) assert.ok(await stepBox(other, id).isChecked(), `${id} comes with the link`);
    assert.ok(!(await stepBox(other, 'status').isChecked()));
    // Opened once, the progress stays in that browser too.
    await other.goto(`${app.url}/guide`);
    await stepBox(other, 'before').waitFor();
    assert.ok(await stepBox(other, 'stay').isChecked());
  });
});
