// The import page in a real browser against the running system: the e2e user uploads the v1.2 fixture
// (test-support/src/main/resources/fixtures/original-v1.2/small.sqlite), waits for COMPLETED, reads the
// summary, finds the imported fractals added to the fractal list, and imports the same file once more
// without getting anything twice. Needs the whole stack running, as every test here (see README.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { launch, withSignedInPage } from './support/browser.mjs';

const FIXTURE = fileURLToPath(
  new URL('../../../test-support/src/main/resources/fixtures/original-v1.2/small.sqlite', import.meta.url),
);
const MANIFEST = JSON.parse(
  readFileSync(new URL('../../../test-support/src/main/resources/fixtures/original-v1.2/small.json', import.meta.url), 'utf8'),
);
const FRACTALS = MANIFEST.counts.fractals.map((fractal) => fractal.name);
const IMPORT_TIMEOUT = 180_000;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Uploads the fixture on the import page and waits until the import has COMPLETED. */
async function importFixture(page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByRole('heading', { name: 'Import from Fractal Goals 1.2' }).waitFor();
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  assert.equal(await importButton.isDisabled(), true, 'Import is offered before a file is chosen');
  await page.getByLabel('Fractal Goals 1.2 data file').setInputFiles(FIXTURE);
  await importButton.click();
  await page.getByRole('status').filter({ hasText: /^Import (completed|failed)\.$/ }).waitFor({ timeout: IMPORT_TIMEOUT });
  const result = page.getByTestId('import-result');
  const heading = (await result.getByRole('heading', { level: 2 }).textContent()) ?? '';
  assert.equal(heading, 'Import completed', `the import ended with: ${(await result.textContent()) ?? ''}`);
  return result;
}

/** The count in the summary's row for `label` (e.g. "Goals"). */
async function countOf(result, label) {
  const row = result.getByRole('table', { name: 'Brought over' }).getByRole('row').filter({
    has: result.page().getByRole('rowheader', { name: label, exact: true }),
  });
  return Number(((await row.getByRole('cell').textContent()) ?? '').replace(/\D/g, ''));
}

/** The fractal list's links named `name`, after loading every page of the list. */
async function fractalLinks(page, name) {
  await page.getByRole('heading', { name: 'Your fractals' }).waitFor();
  await page.getByRole('list', { name: 'Fractals' }).waitFor();
  const more = page.getByRole('button', { name: 'Load more' });
  while (await more.isVisible()) {
    await more.click();
    await page.getByRole('button', { name: 'Loading…' }).waitFor({ state: 'detached' });
  }
  return page.getByRole('list', { name: 'Fractals' }).getByRole('link', { name, exact: true });
}

test('imports a v1.2 file, shows its summary and the imported fractals, and is safe to repeat', { timeout: 2 * IMPORT_TIMEOUT + 60_000 }, async (t) => {
  await withSignedInPage(browser, t, 'import-v1', async (page, shot) => {
    // The user may hold fractals of the same names already (other scenarios make a "Become a pianist"):
    // the import must add exactly one of each, and a second import none.
    const before = {};
    for (const name of FRACTALS) {
      before[name] = await (await fractalLinks(page, name)).count();
    }
    const result = await importFixture(page);
    assert.equal(await countOf(result, 'Goals'), MANIFEST.counts.goals_total);
    assert.equal(await countOf(result, 'Activities'), MANIFEST.counts.activities);
    await shot('1-completed');

    await result.getByRole('link', { name: 'Go to your fractals' }).click();
    for (const name of FRACTALS) {
      assert.equal(await (await fractalLinks(page, name)).count(), before[name] + 1, `${name} is added once`);
    }
    await shot('2-fractals');

    // The same file again: COMPLETED, with the same counts, and no fractal added.
    const again = await importFixture(page);
    assert.equal(await countOf(again, 'Goals'), MANIFEST.counts.goals_total);
    await again.getByRole('link', { name: 'Go to your fractals' }).click();
    for (const name of FRACTALS) {
      assert.equal(await (await fractalLinks(page, name)).count(), before[name] + 1, `${name} is not added again`);
    }
    await shot('3-imported-twice');
  });
});
