/**
 * The staff walkthrough in a real browser, in Russian: an administrator
 * creates an operator, the operator replaces the generated password, finds
 * the admin pages closed (in the console and in the API), and the
 * administrator sees all of it in the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demo, demoPassword, expectVisible, launchBrowser, newContext, signIn, skipReason, startApp, type App } from './harness';

describe('staff walkthrough', { skip: skipReason }, () => {
  let app: App;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    app = await startApp();
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  const operatorEmail = `operator.e2e.${Date.now()}@example.kz`;
  const operatorPassword = 'жаңа-құпиясөз-2026';
  let generatedPassword = '';
  let operatorId = '';

  test('the portal opens in Kazakh and switches to Russian', async () => {
    await page.goto(app.url);
    assert.equal(await page.locator('html').getAttribute('lang'), 'kk');
    await page.getByRole('button', { name: /Тіл:/ }).click();
    await page.getByRole('menuitem', { name: 'Русский' }).click();
    await expectVisible(page, 'Помогаем вернуться на историческую родину');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ru');
    const cookie = (await context.cookies()).find((c) => c.name === 'otandas_lang');
    assert.equal(cookie?.value, 'ru', 'the API learns the language from the otandas_lang cookie');
    assert.equal(await page.evaluate(() => localStorage.getItem('otandas_lang')), 'ru');
  });

  test('the administrator signs in from the portal', async () => {
    await page.getByRole('link', { name: 'Вход для сотрудников' }).first().click();
    await page.waitForURL(/\/staff\/login$/);
    await expectVisible(page, 'Введите электронную почту и пароль рабочей учётной записи фонда.');
    await page.getByLabel('Электронная почта').fill(demo.admin);
    await page.getByLabel(/^Пароль/).fill(demoPassword);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.waitForURL(/\/staff$/);
    await expectVisible(page, /Добро пожаловать/);
  });

  test('the administrator creates an operator and receives a generated password once', async () => {
    await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Сотрудники' }).click();
    await page.waitForURL(/\/staff\/admin\/users$/);
    await page.getByRole('button', { name: 'Добавить сотрудника' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый сотрудник' });
    await dialog.getByLabel('Электронная почта').fill(operatorEmail);
    await dialog.getByLabel('Имя и фамилия').fill('Айгерім Тестова');
    await dialog.getByRole('combobox', { name: 'Роль' }).click();
    await page.getByRole('option', { name: 'Оператор' }).click();
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/staff/users') && r.request().method() === 'POST');
    await dialog.getByRole('button', { name: 'Создать учётную запись' }).click();
    const response = await created;
    assert.equal(response.status(), 201);
    operatorId = ((await response.json()) as { user: { id: string } }).user.id;

    const reveal = page.getByRole('dialog', { name: 'Пароль создан' });
    generatedPassword = (await reveal.getByTestId('generated-password').innerText()).trim();
    assert.ok(generatedPassword.length >= 10, 'a generated password is shown');
    await reveal.getByRole('button', { name: 'Готово' }).click();
    await expectVisible(page, operatorEmail);
  });

  test('the administrator signs out', async () => {
    await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(/\/staff\/login$/);
  });

  test('the operator signs in and must replace the generated password', async () => {
    await page.getByLabel('Электронная почта').fill(operatorEmail);
    await page.getByLabel(/^Пароль/).fill(generatedPassword);
    await page.getByRole('button', { name: 'Войти' }).click();
    await expectVisible(page, 'Задайте новый пароль');
    await page.getByLabel('Текущий пароль').fill(generatedPassword);
    await page.getByLabel(/^Новый пароль/).fill(operatorPassword);
    await page.getByLabel('Повторите новый пароль').fill(operatorPassword);
    await page.getByRole('button', { name: 'Сохранить пароль' }).click();
    await expectVisible(page, /Добро пожаловать, Айгерім Тестова/);
    const nav = page.getByRole('navigation', { name: 'Основное меню' });
    assert.equal(await nav.getByRole('link', { name: 'Сотрудники' }).count(), 0, 'no admin items in the operator menu');
  });

  test('an admin page is closed to the operator, in the console and in the API', async () => {
    await page.goto(`${app.url}/staff/admin/users`);
    await expectVisible(page, 'Нет доступа');
    await expectVisible(page, 'У вас нет доступа к этой странице.');
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/v1/staff/users');
      return { status: response.status, body: (await response.json()) as { error: { code: string; message: string } } };
    });
    assert.equal(answer.status, 403);
    assert.equal(answer.body.error.code, 'forbidden');
    assert.match(answer.body.error.message, /прав|доступ/i, 'the API answers in Russian, from the cookie');
  });

  test('the operator signs out', async () => {
    await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('button', { name: 'Выйти' }).click();
    await page.waitForURL(/\/staff\/login$/);
  });

  test('the administrator finds the operator creation and the sign-ins in the audit log', async () => {
    await signIn(page, app.url, demo.admin, demoPassword);
    await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Журнал аудита' }).click();
    await page.waitForURL(/\/staff\/admin\/audit$/);
    await expectVisible(page, 'Журнал аудита');

    const filters = page.getByRole('search', { name: 'Фильтр журнала' });
    await filters.getByRole('combobox', { name: 'Действие' }).fill('staff_user.create');
    await filters.getByRole('button', { name: 'Применить фильтры' }).click();
    const creation = page.locator(`tr[data-action="staff_user.create"] [data-entity-id="${operatorId}"]`);
    await creation.waitFor({ timeout: 30_000 });

    await filters.getByRole('combobox', { name: 'Действие' }).fill('auth.login');
    await filters.getByRole('textbox', { name: 'Идентификатор исполнителя' }).fill(operatorId);
    await filters.getByRole('button', { name: 'Применить фильтры' }).click();
    const login = page.locator(`tr[data-action="auth.login"] [data-actor-id="${operatorId}"]`);
    await login.first().waitFor({ timeout: 30_000 });
    assert.ok((await login.count()) >= 1, 'the operator sign-in is in the log');
    assert.equal(await page.locator('tr[data-action="auth.login_failed"]').count(), 0);
  });
});
