// Shared parts of the end-to-end tests: one Chromium per test file, a signed-in page per test,
// a fresh fractal per test (unique name, so runs are independent and repeatable) and screenshots
// under web/target/e2e-artifacts/<scenario>/<step>.png.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.FRACTAL_BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
export const USER = process.env.FRACTAL_E2E_USER || 'alice';
export const PASSWORD = process.env.FRACTAL_E2E_PASSWORD || 'Fractal-alice-2026!';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ARTIFACTS = path.resolve(process.env.FRACTAL_E2E_ARTIFACTS || path.join(HERE, '../../../target/e2e-artifacts'));
export const TIMEOUT = 30_000;

export async function launch() {
  assert.ok(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}; set CHROMIUM_PATH`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: TIMEOUT * 2,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A screenshot helper bound to one scenario's directory. */
export function shooter(page, scenario) {
  const dir = path.join(ARTIFACTS, scenario);
  return async (step) => {
    await mkdir(dir, { recursive: true });
    await page.screenshot({ path: path.join(dir, `${step}.png`), fullPage: true });
  };
}

/**
 * Runs `body` with a signed-in page; on failure saves `failure.png` and the page's console errors.
 * `t` is node:test's context (for diagnostics).
 */
export async function withSignedInPage(browser, t, scenario, body) {
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
  const shot = shooter(page, scenario);
  try {
    await signIn(page);
    await body(page, shot);
  } catch (error) {
    await shot('failure').catch(() => undefined);
    if (problems.length > 0) {
      t.diagnostic(problems.join('\n'));
    }
    throw error;
  } finally {
    await context.close();
  }
}

export async function signIn(page) {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#username').waitFor({ state: 'visible' });
  await page.fill('#username', USER);
  await page.fill('#password', PASSWORD);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.href.startsWith(BASE_URL) && url.pathname !== '/callback');
  await page.getByRole('heading', { name: 'Your fractals' }).waitFor({ state: 'visible' });
}

export function uniqueName(base) {
  return `${base} ${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** Creates a fractal on the home page and returns the list item showing it. */
export async function createFractal(page, { name, description = '', level = 'ULTIMATE' }) {
  await page.getByLabel('Name', { exact: true }).fill(name);
  if (description) {
    await page.getByLabel('Description').fill(description);
  }
  await page.getByLabel('Level').selectOption(level);
  await page.getByRole('button', { name: 'Create fractal' }).click();
  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
  await item.waitFor({ state: 'visible' });
  return item;
}

/** Opens a fractal from the home page; returns its id (from the URL). */
export async function openFractal(page, name) {
  await page.getByRole('link', { name, exact: true }).click();
  await page.waitForURL(/\/fractals\/[^/]+\/goals/);
  await page.getByTestId('goals-page').waitFor({ state: 'visible' });
  const match = /\/fractals\/([^/]+)\/goals/.exec(page.url());
  assert.ok(match, `no fractal id in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

/** A local YYYY-MM-DD `days` from today. */
export function localDate(days) {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Opens an app path with a full page load. Tokens live in memory only, so the landing asks to sign in
 * again; Keycloak's SSO session makes that one click, and the app returns to the path.
 */
export async function gotoApp(page, appPath) {
  await page.goto(`${BASE_URL}${appPath}`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const wanted = appPath.split('?')[0];
  await page.waitForURL((url) => url.pathname === wanted);
}
