// Acceptance scenario S19 (reference-original.md §17) in a real browser against the running system: a program
// with a date range and a target goal, the builder's checks, two blocks on the calendar and the ACTIVE badge.
// The goal tree comes from the HTTP API (S1–S4 cover building it in the browser).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiClient } from './support/api.mjs';
import { gotoApp, launch, localDate, uniqueName, withSignedInPage } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const GREEN = '#06D6A0';

/** The element a field's aria-describedby names (its message), as text. */
async function describedText(page, field) {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = [];
  for (const id of ids.split(' ').filter(Boolean)) {
    texts.push((await page.locator(`[id="${id}"]`).textContent()) ?? '');
  }
  return texts.join(' ');
}

/** The block bars drawn in the calendar cell of `date`, or null when the month shown does not hold it. */
async function barsOn(page, date) {
  const cell = page.getByTestId('program-calendar').locator('td', { has: page.locator(`[data-date="${date}"]`) });
  if ((await cell.count()) === 0) {
    return null;
  }
  const bars = cell.getByTestId('calendar-block');
  const result = [];
  for (let i = 0; i < (await bars.count()); i += 1) {
    const bar = bars.nth(i);
    result.push({ name: ((await bar.textContent()) ?? '').trim(), fill: (await bar.locator('rect').getAttribute('fill'))?.toUpperCase() });
  }
  return result;
}

async function fillBlock(form, { name, start, end, color }) {
  await form.getByLabel('Block name').fill(name);
  await form.getByLabel('Block start').fill(start);
  await form.getByLabel('Block end').fill(end);
  if (color) {
    await form.getByLabel('Colour').fill(color.toLowerCase());
  }
}

test('S19: program with blocks and active badge', { timeout: 180_000 }, async (t) => {
  await withSignedInPage(browser, t, 's19-programs', async (page, shot) => {
    const api = await apiClient();
    const { id: fractalId } = await api.post('/fractals', { name: uniqueName('Become a pianist'), level: 'ULTIMATE' });
    const { id: ltg } = await api.post(`/fractals/${fractalId}/goals`, { parentId: fractalId, name: 'Master nocturnes', level: 'LONG_TERM' });
    const { id: mtg } = await api.post(`/fractals/${fractalId}/goals`, { parentId: ltg, name: 'Op. 9 No. 2', level: 'MID_TERM' });
    const base = `/fractals/${encodeURIComponent(fractalId)}`;
    const start = localDate(-7);
    const end = localDate(60);

    // 1 – the builder refuses a program without a goal, and one that ends before it starts.
    await gotoApp(page, `${base}/programs`);
    await page.getByRole('button', { name: 'New program' }).first().click();
    const form = page.getByTestId('program-form');
    await form.getByLabel('Program name').fill('Spring Recital');
    await form.getByLabel('Start date').fill(start);
    await form.getByLabel('End date').fill(end);
    await form.getByRole('button', { name: 'Create program' }).click();
    const goals = form.getByRole('group', { name: 'Target goals' });
    await goals.getByText('At least one goal must be selected').waitFor();
    assert.match(await describedText(page, goals), /At least one goal must be selected/, 'the message belongs to the goal list');
    await shot('s19-1-no-goal');

    await goals.getByRole('checkbox', { name: /^Op\. 9 No\. 2/ }).check();
    await form.getByLabel('End date').fill(start);
    await form.getByRole('button', { name: 'Create program' }).click();
    const endField = form.getByLabel('End date');
    await form.getByText('End date must be after start date').waitFor();
    assert.match(await describedText(page, endField), /End date must be after start date/, 'the message sits next to End date');
    assert.equal(await endField.getAttribute('aria-invalid'), 'true');
    assert.equal(await form.getByTestId('program-weeks').count(), 0, 'no length for dates the program cannot have');
    await shot('s19-2-end-before-start');
    assert.deepEqual((await api.get(`/fractals/${fractalId}/programs`)).items ?? [], [], 'nothing was sent for the refused forms');

    // The server holds the same rules and answers them as problem details naming the field.
    const noGoal = await api.call('POST', `/fractals/${fractalId}/programs`, { name: 'X', startDate: start, endDate: end, goalIds: [] });
    assert.equal(noGoal.status, 400, JSON.stringify(noGoal.body));
    assert.ok(noGoal.body.errors?.some((e) => e.field.startsWith('goalIds')), JSON.stringify(noGoal.body));
    const backwards = await api.call('POST', `/fractals/${fractalId}/programs`, { name: 'X', startDate: start, endDate: start, goalIds: [mtg] });
    assert.equal(backwards.status, 400, JSON.stringify(backwards.body));
    assert.ok(backwards.body.errors?.some((e) => e.field === 'endDate'), JSON.stringify(backwards.body));

    // 2 – the builder shows the length in weeks (68 days, counted inclusively, rounded up).
    await endField.fill(end);
    await form.getByTestId('program-weeks').filter({ hasText: `Length: ${Math.ceil(68 / 7)} weeks` }).waitFor();
    await shot('s19-3-length-in-weeks');
    await form.getByRole('button', { name: 'Create program' }).click();
    await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
    const programId = page.url().split('/').pop();
    const detail = page.getByTestId('program-detail');
    await detail.getByRole('heading', { level: 1, name: 'Spring Recital' }).waitFor();
    assert.match((await detail.locator('.program-header').textContent()) ?? '', /10 weeks/);
    const program = await api.get(`/fractals/${fractalId}/programs/${programId}`);
    assert.deepEqual([program.startDate, program.endDate, program.goalIds], [start, end, [mtg]]);

    // 3 – blocks "Base" (green) and "Peak"; a block ending before its start is refused next to its end.
    await detail.getByRole('button', { name: 'Blocks', exact: true }).click();
    const blocksView = page.getByTestId('blocks-view');
    await blocksView.getByRole('button', { name: 'Add block' }).click();
    let blockForm = page.getByTestId('block-form');
    await fillBlock(blockForm, { name: 'Base', start, end: localDate(13), color: GREEN });
    await blockForm.getByRole('button', { name: 'Add block' }).click();
    await blockForm.waitFor({ state: 'detached' });
    const card = (name) => page.getByTestId('block-card').filter({ has: page.getByRole('heading', { name, exact: true }) });
    await card('Base').waitFor();

    await blocksView.getByRole('button', { name: 'Add block' }).click();
    blockForm = page.getByTestId('block-form');
    await fillBlock(blockForm, { name: 'Peak', start: localDate(20), end: localDate(15) });
    await blockForm.getByRole('button', { name: 'Add block' }).click();
    const blockEnd = blockForm.getByLabel('Block end');
    await blockForm.getByText('End date cannot be before start date').waitFor();
    assert.match(await describedText(page, blockEnd), /End date cannot be before start date/, 'the message sits next to Block end');
    await shot('s19-4-block-end-before-start');
    const backwardsBlock = await api.call('POST', `/fractals/${fractalId}/programs/${programId}/blocks`, {
      name: 'Peak',
      startDate: localDate(20),
      endDate: localDate(15),
      color: '#3A86FF',
    });
    assert.equal(backwardsBlock.status, 400, JSON.stringify(backwardsBlock.body));
    assert.ok(backwardsBlock.body.errors?.some((e) => e.field === 'endDate'), JSON.stringify(backwardsBlock.body));
    await fillBlock(blockForm, { name: 'Peak', start: localDate(14), end });
    await blockForm.getByRole('button', { name: 'Add block' }).click();
    await blockForm.waitFor({ state: 'detached' });
    await card('Peak').waitFor();

    // 4 – ACTIVE on Base only, in the Blocks view …
    await card('Base').getByText('Active', { exact: true }).waitFor();
    assert.equal(await card('Peak').getByText('Active', { exact: true }).count(), 0, 'Peak is not active');
    const blocks = (await api.get(`/fractals/${fractalId}/programs/${programId}`)).blocks;
    const stored = Object.fromEntries(blocks.map((b) => [b.name, b]));
    assert.deepEqual([stored.Base.startDate, stored.Base.endDate, stored.Base.color.toUpperCase(), stored.Base.active], [start, localDate(13), GREEN, true]);
    assert.deepEqual([stored.Peak.startDate, stored.Peak.endDate, stored.Peak.active], [localDate(14), end, false]);
    await shot('s19-5-blocks-view');

    // … both coloured bars on the calendar …
    await detail.getByRole('button', { name: 'Calendar', exact: true }).click();
    await page.getByTestId('program-calendar').waitFor();
    assert.deepEqual(await barsOn(page, localDate(0)), [{ name: 'Base', fill: GREEN }], "today lies in Base's green bar");
    await shot('s19-6-calendar');
    let peak = await barsOn(page, localDate(14));
    if (peak === null) {
      await page.getByRole('button', { name: /Next month/ }).click();
      await page.locator(`[data-date="${localDate(14)}"]`).waitFor();
      peak = await barsOn(page, localDate(14));
      await shot('s19-7-calendar-next-month');
    }
    assert.deepEqual(peak, [{ name: 'Peak', fill: stored.Peak.color.toUpperCase() }], "Peak's bar starts the day after Base ends");

    // … and on the Programs list.
    await page.getByRole('link', { name: /Programs/ }).first().click();
    const listed = page.getByTestId('program-card').filter({ has: page.getByRole('link', { name: 'Spring Recital' }) });
    const summary = listed.getByRole('list', { name: 'Blocks of Spring Recital' });
    const row = (name) => summary.getByRole('listitem').filter({ hasText: name });
    await row('Base').getByText('Active', { exact: true }).waitFor();
    assert.equal(await row('Peak').getByText('Active', { exact: true }).count(), 0, 'Peak carries no badge on the list');
    await shot('s19-8-programs-list');
  });
});
