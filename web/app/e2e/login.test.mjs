// Browser test: sign in through Keycloak and create a fractal.
// Needs the whole stack running (web entry on FRACTAL_BASE_URL, Keycloak on
// the authority the app was built with) and a Chromium binary; playwright-core
// never downloads one. Run with `npm run e2e` (node --test e2e/).
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { BASE_URL, PASSWORD, TIMEOUT, USER, launch } from './support/browser.mjs';

// The name the app should show; alice in the dev realm is "Alice Archer".
const EXPECTED_NAME = process.env.FRACTAL_E2E_DISPLAY_NAME || (USER === 'alice' ? 'Alice Archer' : '');
const SCREENSHOTS = path.resolve(process.env.FRACTAL_E2E_SCREENSHOTS || 'target/e2e');

/** @type {import('playwright-core').Browser | undefined} */
let browser;

before(async () => {
  await mkdir(SCREENSHOTS, { recursive: true });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('signs in through Keycloak and creates a fractal', { timeout: 240_000 }, async (t) => {
  assert.ok(browser, 'browser did not start');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') {
      problems.push(`console error: ${message.text()}`);
    }
  });

  try {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // Keycloak's login page.
    await page.locator('#username').waitFor({ state: 'visible' });
    await page.fill('#username', USER);
    await page.fill('#password', PASSWORD);
    await page.click('#kc-login');

    // Back on the app, past /callback.
    await page.waitForURL((url) => url.href.startsWith(BASE_URL) && url.pathname !== '/callback');
    await page.getByRole('heading', { name: 'Your fractals' }).waitFor({ state: 'visible' });
    assert.ok(page.url().startsWith(BASE_URL), `ended on ${page.url()}`);

    const shownName = ((await page.getByTestId('user-name').textContent()) ?? '').trim();
    if (EXPECTED_NAME) {
      assert.equal(shownName, EXPECTED_NAME);
    } else {
      assert.ok(shownName.length > 0, 'no display name shown');
    }
    await page.getByRole('button', { name: 'Sign out' }).waitFor({ state: 'visible' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'signed-in.png'), fullPage: true });

    const name = `Browser fractal ${Date.now()}`;
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Description').fill('Created by the browser test');
    await page.getByLabel('Level').selectOption('LONG_TERM');
    await page.getByRole('button', { name: 'Create fractal' }).click();

    const item = page.getByRole('listitem').filter({ hasText: name });
    await item.waitFor({ state: 'visible' });
    const text = (await item.textContent()) ?? '';
    assert.match(text, /Long-term/);
    // A new fractal holds its root goal.
    assert.match(text, /1 goal, 0 completed/);
    // The form was reset after a successful create.
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), '');

    await page.screenshot({ path: path.join(SCREENSHOTS, 'fractal-created.png'), fullPage: true });
  } catch (error) {
    await page
      .screenshot({ path: path.join(SCREENSHOTS, 'failure.png'), fullPage: true })
      .catch(() => undefined);
    if (problems.length > 0) {
      t.diagnostic(problems.join('\n'));
    }
    throw error;
  } finally {
    await context.close();
  }
});
