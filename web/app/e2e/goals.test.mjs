// Acceptance scenarios S1–S4 (reference-original.md §17) in a real browser against the running system.
// They share one fractal, as the scenarios build on each other (S2 grows S1's tree, S3 and S4 use S2's goals).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { allGoals, apiClient, findGoal } from './support/api.mjs';
import { createFractal, launch, localDate, openFractal, uniqueName, withSignedInPage } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const LEVEL = { LONG_TERM: 'Long-term', MID_TERM: 'Mid-term', SHORT_TERM: 'Short-term', IMMEDIATE: 'Immediate', MICRO: 'Micro', NANO: 'Nano' };

function node(page, name, levelName) {
  return page.getByTestId('goal-graph').getByRole('button', { name: new RegExp(`^${escape(name)}, ${levelName} goal`) });
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function select(page, name, levelName) {
  // The keyboard way: deep nodes can sit under the graph's hint until the view is panned.
  await node(page, name, levelName).press('Enter');
  await page.getByTestId('goal-panel').getByRole('heading', { name, exact: true }).waitFor();
  return page.getByTestId('goal-panel');
}

async function stats(page, count, percent) {
  await page.getByTestId('goal-count').filter({ hasText: new RegExp(`^${count}$`) }).waitFor();
  await page.getByTestId('goal-percent').filter({ hasText: new RegExp(`^${escape(percent)}$`) }).waitFor();
}

/** "+ Add <level> Goal" on the selected goal; checks the form is pre-typed to exactly `level`. */
async function addChild(page, parent, parentLevel, name, level) {
  const panel = await select(page, parent, parentLevel);
  await panel.getByRole('button', { name: `Add ${LEVEL[level]} goal` }).click();
  const form = page.getByRole('form', { name: 'Add child goal' });
  assert.equal(await form.getByLabel('Level').inputValue(), level, `the form under ${parent} starts at ${level}`);
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Add goal' }).click();
  await form.waitFor({ state: 'detached' });
  await node(page, name, LEVEL[level]).waitFor();
}

test('S1–S4: fractal, hierarchy, deadlines, complete and uncomplete', { timeout: 180_000 }, async (t) => {
  await withSignedInPage(browser, t, 's1-s4-goals', async (page, shot) => {
    const api = await apiClient();

    // S1 – create and list a fractal.
    const fractal = uniqueName('Become a pianist');
    const card = await createFractal(page, { name: fractal, description: 'Play Chopin in public', level: 'ULTIMATE' });
    assert.equal((await card.locator('.level').textContent())?.trim(), 'Ultimate');
    assert.match((await card.textContent()) ?? '', /Play Chopin in public/);
    const today = await page.evaluate(() => new Date().toLocaleDateString());
    assert.equal((await card.locator('.fractal-created').textContent())?.trim(), `Created ${today}`, "the card shows today's Created date");
    await shot('s1-1-card');
    const fractalId = await openFractal(page, fractal);
    await page.getByRole('heading', { level: 1, name: fractal, exact: true }).waitFor();
    await stats(page, '1 goals', '0% complete');
    assert.equal(await page.getByTestId('goal-node').count(), 1);
    await shot('s1-2-tree');

    const wrongRoot = await api.call('POST', '/fractals', { name: 'Not a root', level: 'IMMEDIATE' });
    assert.equal(wrongRoot.status, 400);
    const problem = JSON.stringify(wrongRoot.body);
    for (const allowed of ['ULTIMATE', 'LONG_TERM', 'MID_TERM', 'SHORT_TERM']) {
      assert.match(problem, new RegExp(allowed), `the 400 names ${allowed}: ${problem}`);
    }

    // S2 – one level at a time; each form is pre-typed to the next level.
    await addChild(page, fractal, 'Ultimate', 'Master nocturnes', 'LONG_TERM');
    await addChild(page, 'Master nocturnes', LEVEL.LONG_TERM, 'Op. 9 No. 2', 'MID_TERM');
    await addChild(page, 'Op. 9 No. 2', LEVEL.MID_TERM, 'Hands together at 60 bpm', 'SHORT_TERM');
    await addChild(page, 'Hands together at 60 bpm', LEVEL.SHORT_TERM, 'Bars 1–8', 'IMMEDIATE');
    await stats(page, '5 goals', '0% complete');
    for (const [name, level] of [
      [fractal, 'Ultimate'],
      ['Master nocturnes', LEVEL.LONG_TERM],
      ['Op. 9 No. 2', LEVEL.MID_TERM],
      ['Hands together at 60 bpm', LEVEL.SHORT_TERM],
      ['Bars 1–8', LEVEL.IMMEDIATE],
    ]) {
      const panel = await select(page, name, level);
      assert.match((await panel.textContent()) ?? '', /Age: 0d/, `${name} shows Age: 0d`);
    }
    await shot('s2-1-five-goals');

    await addChild(page, 'Bars 1–8', LEVEL.IMMEDIATE, 'Scratch micro', 'MICRO');
    await addChild(page, 'Scratch micro', LEVEL.MICRO, 'Scratch nano', 'NANO');
    const nano = await select(page, 'Scratch nano', LEVEL.NANO);
    await nano.getByText('A Nano goal cannot have children.').waitFor();
    assert.equal(await nano.getByRole('button', { name: /^Add .* goal$/ }).count(), 0);
    await stats(page, '7 goals', '0% complete');
    await shot('s2-2-scratch-nano');

    const micro = await select(page, 'Scratch micro', LEVEL.MICRO);
    await micro.getByRole('button', { name: 'Delete', exact: true }).click();
    const deleteDialog = page.getByTestId('confirm-dialog');
    await deleteDialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await stats(page, '5 goals', '0% complete');
    assert.equal(await page.getByTestId('goal-node').count(), 5);
    await shot('s2-3-scratch-deleted');

    // S3 – deadlines and due labels, counted from local midnight of the deadline.
    const setDeadline = async (days) => {
      const panel = await select(page, 'Hands together at 60 bpm', LEVEL.SHORT_TERM);
      await panel.getByRole('button', { name: 'Edit', exact: true }).click();
      const form = page.getByRole('form', { name: 'Edit goal' });
      await form.getByLabel('Deadline').fill(localDate(days));
      await form.getByRole('button', { name: 'Save' }).click();
      await form.waitFor({ state: 'detached' });
      return panel;
    };
    const expectedDue = (days) => {
      const [y, m, d] = localDate(days).split('-').map(Number);
      return Math.floor((new Date(y, m - 1, d).getTime() - Date.now()) / 86_400_000);
    };
    let panel = await setDeadline(5);
    let due = panel.locator('.due');
    await due.filter({ hasText: 'Due: 4d' }).waitFor();
    assert.doesNotMatch((await due.getAttribute('class')) ?? '', /is-overdue/, 'a future deadline is not red');
    const stg = findGoal(await api.get(`/fractals/${fractalId}/tree`), 'Hands together at 60 bpm');
    assert.equal(stg.deadline, localDate(5));
    await shot('s3-1-due-in-4d');

    panel = await setDeadline(-3);
    due = panel.locator('.due');
    const overdue = `Due: ${expectedDue(-3)}d`;
    await due.filter({ hasText: overdue }).waitFor();
    assert.match((await due.getAttribute('class')) ?? '', /is-overdue/, 'a past deadline is red');
    const deadlineShown = new Date(`${localDate(-3)}T00:00:00`).getFullYear().toString();
    assert.match((await panel.textContent()) ?? '', new RegExp(`Deadline.*${deadlineShown}`));
    await shot('s3-2-overdue');

    // S4 – complete and uncomplete with confirmation.
    const ig = await select(page, 'Bars 1–8', LEVEL.IMMEDIATE);
    await ig.getByTestId('goal-complete-toggle').click();
    const confirm = page.getByTestId('confirm-dialog');
    await confirm.waitFor();
    const confirmText = (await confirm.textContent()) ?? '';
    assert.match(confirmText, /Bars 1–8/);
    assert.match(confirmText, /Will be marked as completed: .+ at \d{1,2}:\d{2}/);
    assert.match(confirmText, /Targets \(0\)/);
    await shot('s4-1-confirm-complete');
    await confirm.getByRole('button', { name: '✓ Complete goal' }).click();
    await confirm.waitFor({ state: 'detached' });
    await stats(page, '5 goals', '20% complete');
    await ig.getByTestId('goal-completed-badge').filter({ hasText: '✓ Completed' }).waitFor();
    const done = node(page, 'Bars 1–8', LEVEL.IMMEDIATE);
    assert.match((await done.getAttribute('class')) ?? '', /is-completed/, 'the node is drawn as completed (gold)');
    let tree = await api.get(`/fractals/${fractalId}/tree`);
    let bars = findGoal(tree, 'Bars 1–8');
    assert.equal(bars.completed, true);
    assert.ok(bars.completedAt, 'completedAt is set');
    assert.deepEqual(allGoals(tree).filter((g) => g.completed).map((g) => g.name), ['Bars 1–8']);
    await shot('s4-2-completed');

    await ig.getByTestId('goal-complete-toggle').filter({ hasText: 'Mark incomplete' }).click();
    await confirm.waitFor();
    await shot('s4-3-confirm-incomplete');
    await confirm.getByRole('button', { name: 'Mark incomplete' }).click();
    await confirm.waitFor({ state: 'detached' });
    await stats(page, '5 goals', '0% complete');
    assert.equal(await ig.getByTestId('goal-completed-badge').count(), 0);
    tree = await api.get(`/fractals/${fractalId}/tree`);
    bars = findGoal(tree, 'Bars 1–8');
    assert.equal(bars.completed, false);
    assert.equal(bars.completedAt ?? null, null);
    assert.equal(allGoals(tree).filter((g) => g.completed).length, 0, 'no other goal changed state');
    await shot('s4-4-incomplete');
  });
});
