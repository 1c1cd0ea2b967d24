/**
 * axe-core on every page of the portal and the console, on a desktop (1280 px)
 * and a phone (360 px): no serious or critical violation, and no sideways
 * scrolling of the page on the phone.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demo, demoPassword, launchBrowser, newContext, signIn, skipReason, startApp, type App } from './harness';
import { readContentArticles } from '../src/server/modules/knowledge';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const widths = [1280, 360] as const;
/** A starter article, read on the server-rendered knowledge-base pages. */
const permit = readContentArticles().find((article) => article.key === 'residence-permit')!;

type Who = 'anonymous' | 'admin' | 'operator';
/**
 * Each page, who looks at it, and a text that proves it has rendered (not a
 * loader). `link`: a page with an id in its address is reached by following
 * the first such link on `path`.
 */
const pages: Array<{ name: string; path: string; who: Who; ready: string; link?: string }> = [
  { name: 'portal', path: '/', who: 'anonymous', ready: '#regions li' },
  { name: 'knowledge-base search', path: '/kb', who: 'anonymous', ready: 'main section a[href^="/kb/"]' },
  { name: 'knowledge-base search results', path: `/kb?q=${encodeURIComponent('қандас мәртебесі')}`, who: 'anonymous', ready: '[data-testid="kb-results"] li mark' },
  { name: 'knowledge-base search, nothing found', path: `/kb?q=${encodeURIComponent('жфщшгкх зцуйқв')}`, who: 'anonymous', ready: 'main a[href^="/appeal?message="]' },
  { name: 'journey guide', path: '/guide', who: 'anonymous', ready: '#guide-step-iin a[href^="/kb/"]' },
  { name: 'relocation advisor', path: '/advisor?p=familyWithChildren&m=school', who: 'anonymous', ready: '[data-testid="advisor-results"] li[data-kato] a' },
  { name: 'advisor wizard', path: '/advisor/wizard', who: 'anonymous', ready: 'main form' },
  { name: 'settlement explanation', path: '/advisor/settlements/111010000?p=familyWithChildren', who: 'anonymous', ready: '[data-testid="score-explanation"]' },
  { name: 'settlement comparison', path: '/advisor/compare?k=111010000.551010000&p=retiree', who: 'anonymous', ready: 'main table tbody tr' },
  { name: 'region overview', path: '/advisor/regions/550000000', who: 'anonymous', ready: 'main svg path' },
  { name: 'sign-in', path: '/staff/login', who: 'anonymous', ready: 'form input[type="email"]' },
  { name: 'dashboard', path: '/staff', who: 'admin', ready: 'main h1' },
  { name: 'users', path: '/staff/admin/users', who: 'admin', ready: 'main table tbody tr' },
  { name: 'audit log', path: '/staff/admin/audit', who: 'admin', ready: 'main table tbody tr' },
  { name: 'jobs', path: '/staff/admin/jobs', who: 'admin', ready: 'main [role="tablist"]' },
  { name: 'priority regions', path: '/staff/admin/priority-regions', who: 'admin', ready: 'main input[type="checkbox"]' },
  { name: 'my account', path: '/staff/account', who: 'admin', ready: 'main form' },
  { name: 'knowledge base', path: '/staff/kb', who: 'admin', ready: 'main table tbody tr' },
  { name: 'article editor', path: '/staff/kb', who: 'admin', link: 'main a[href^="/staff/kb/translations/"]', ready: 'main [role="tablist"]' },
  { name: 'knowledge base report', path: '/staff/kb/report', who: 'admin', ready: 'main h2' },
  { name: 'indicator imports', path: '/staff/settlements/imports', who: 'admin', ready: 'main h2' },
  { name: 'region programmes', path: '/staff/settlements/programmes', who: 'admin', ready: 'main form textarea' },
  { name: '403 page', path: '/staff/admin/users', who: 'operator', ready: 'main h1' },
  { name: 'knowledge-base contents', path: '/kb/kk', who: 'anonymous', ready: 'main h1' },
  { name: 'knowledge-base article', path: `/kb/kk/${permit.translations.kk.slug}`, who: 'anonymous', ready: 'main h1' },
  { name: 'knowledge-base article in Russian', path: `/kb/ru/${permit.translations.ru.slug}`, who: 'anonymous', ready: 'main h1' },
];

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> };

async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

describe('accessibility', { skip: skipReason }, () => {
  let app: App;
  let browser: Browser;
  // One signed-in context per person, reused across pages and both widths: fewer sign-ins, same cookies.
  const contexts = new Map<Who, { context: BrowserContext; page: Page }>();

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    for (const who of ['anonymous', 'admin', 'operator'] as const) {
      const context = await newContext(browser, { bypassCSP: true });
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      if (who !== 'anonymous') await signIn(page, app.url, demo[who], demoPassword);
      contexts.set(who, { context, page });
    }
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  for (const width of widths) {
    for (const target of pages) {
      test(`${target.name} at ${width} px`, async () => {
        const { page } = contexts.get(target.who)!;
        await page.setViewportSize({ width, height: width < 500 ? 780 : 900 });
        await page.goto(app.url + target.path);
        if (target.link) {
          await page.locator(target.link).first().click();
          await page.waitForURL((url) => url.pathname !== target.path);
        }
        await page.locator(target.ready).first().waitFor();
        await page.waitForLoadState('networkidle');

        const violations = await seriousViolations(page);
        assert.equal(violations.length, 0, `axe found serious or critical problems on ${target.path}:\n${describeViolations(violations)}`);

        const title = await page.title();
        assert.ok(title.length > 0 && title !== 'Otandas', `the page has its own title (got "${title}")`);
        if (target.name === '403 page') assert.match(title, /^Қолжетімділік жоқ/, 'the 403 state is shown');

        if (width === 360) {
          const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(scrollWidth <= width + 1, `no sideways scrolling at ${width} px (page is ${scrollWidth} px wide)`);
        }
      });
    }
  }

  test('the keyboard reaches the content through the skip link, with a visible focus', async () => {
    const { page } = contexts.get('admin')!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${app.url}/staff/admin/users`);
    await page.locator('main table tbody tr').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { className: element.className, top: element.getBoundingClientRect().top, outline: style.outlineStyle };
    });
    assert.equal(skip.className, 'skip-link', 'the skip link is the first Tab stop');
    assert.ok(skip.top >= 0, 'the skip link comes into view when focused');
    assert.notEqual(skip.outline, 'none', 'the focused skip link shows a focus ring');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => Boolean(document.activeElement?.closest('main')));
    assert.ok(next, 'the next Tab stop is inside the main content');
  });
});
