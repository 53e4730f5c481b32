// Acceptance scenarios S10, S12, S13 and S15 (reference-original.md §17) in a real browser against the running
// system. They follow one session: S10 creates it, S12 and S13 record into it, S15 completes it. Goals,
// activities and the template come from the HTTP API (planning.test.mjs covers their pages).
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

async function setUp(api) {
  const { id: fractalId } = await api.post('/fractals', { name: uniqueName('Become a pianist'), level: 'ULTIMATE' });
  const goal = async (parentId, name, level) => (await api.post(`/fractals/${fractalId}/goals`, { parentId, name, level })).id;
  const ltg = await goal(fractalId, 'Master nocturnes', 'LONG_TERM');
  const mtg = await goal(ltg, 'Op. 9 No. 2', 'MID_TERM');
  const stg = await goal(mtg, 'Hands together at 60 bpm', 'SHORT_TERM');
  const ig = await goal(stg, 'Bars 1–8', 'IMMEDIATE');
  const doneStg = await goal(mtg, 'Already done STG', 'SHORT_TERM');
  const doneIg = await goal(stg, 'Already done IG', 'IMMEDIATE');
  await api.post(`/fractals/${fractalId}/goals/${doneStg}/complete`, {});
  await api.post(`/fractals/${fractalId}/goals/${doneIg}/complete`, {});
  const metric = (name, unit, topSet = false) => ({ name, unit, topSet, multiplicative: false });
  const { id: scale } = await api.post(`/fractals/${fractalId}/activities`, {
    name: 'C major scale',
    hasSets: true,
    hasSplits: false,
    hasMetrics: true,
    multiplicative: false,
    metrics: [metric('Tempo', 'bpm', true), metric('Reps', 'reps')],
    splits: [],
  });
  const { id: nocturne } = await api.post(`/fractals/${fractalId}/activities`, {
    name: 'Nocturne',
    hasSets: false,
    hasSplits: false,
    hasMetrics: true,
    multiplicative: false,
    metrics: [metric('Accuracy', '%')],
    splits: [],
  });
  await api.post(`/fractals/${fractalId}/templates`, {
    name: 'Daily Practice',
    sections: [
      { name: 'Warm-up', plannedMinutes: 10, activityIds: [scale] },
      { name: 'Repertoire', plannedMinutes: 30, activityIds: [nocturne] },
    ],
  });
  return { fractalId, stg, ig, scale, nocturne };
}

/** Waits until `read()` returns something `ok` accepts (the read models follow the writes quickly). */
async function eventually(read, ok, what) {
  const deadline = Date.now() + 10_000;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (ok(last)) {
      return last;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`${what}; last: ${JSON.stringify(last)}`);
}

/**
 * Types a value and saves it. The card can be drawn anew between typing and clicking (the page reloads the
 * session after earlier writes), which resets the form to the stored values and disables Save: then type again.
 */
async function saveValue(card, value) {
  for (let attempt = 1; ; attempt += 1) {
    await card.getByLabel(/^Accuracy/).fill(String(value));
    try {
      await card.getByRole('button', { name: 'Save values' }).click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
    }
  }
}

test('S10, S12, S13, S15: session from a template, timers, sets and values, completion', { timeout: 180_000 }, async (t) => {
  await withSignedInPage(browser, t, 's10-s15-sessions', async (page, shot) => {
    const api = await apiClient();
    const { fractalId, stg, ig, scale, nocturne } = await setUp(api);
    const base = `/fractals/${encodeURIComponent(fractalId)}`;

    // S10 – create a session from a template with goal links.
    await gotoApp(page, `${base}/sessions`);
    await page.getByTestId('new-session').click();
    const form = page.getByTestId('create-session-form');
    await form.waitFor();
    const templateSource = form.getByRole('radio', { name: 'A template' });
    if (!(await templateSource.isChecked())) {
      await templateSource.check();
    }
    await form.getByRole('radio', { name: /^Daily Practice/ }).check();
    await form.getByRole('checkbox', { name: 'Hands together at 60 bpm' }).waitFor();
    assert.equal(await form.getByRole('checkbox', { name: 'Already done STG' }).count(), 0, 'completed STGs are never offered');
    assert.equal(await form.getByRole('checkbox', { name: 'Already done IG' }).count(), 0, 'completed IGs are never offered');
    // Step 4: without a short-term goal the template cannot be used (an immediate goal alone is not enough).
    const createButton = form.getByRole('button', { name: 'Create session' });
    await form.getByRole('checkbox', { name: 'Bars 1–8' }).check();
    assert.equal(await createButton.isDisabled(), true, 'Create is disabled without a short-term goal');
    const blocked = form.getByTestId('create-session-blocked');
    assert.match((await blocked.textContent()) ?? '', /select at least one short-term goal/i);
    assert.equal(await createButton.getAttribute('aria-describedby'), await blocked.getAttribute('id'));
    await shot('s10-0-no-short-term-goal');
    await form.getByRole('checkbox', { name: 'Hands together at 60 bpm' }).check();
    assert.equal(await createButton.isDisabled(), false, 'Create is enabled once a short-term goal is ticked');
    assert.equal(await blocked.count(), 0);
    await shot('s10-1-create-form');
    const createdAt = Date.now();
    await form.getByRole('button', { name: 'Create session' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    const sessionId = page.url().split('/').pop();
    const detail = page.getByTestId('session-detail');
    await detail.waitFor();
    await detail.getByRole('heading', { level: 1, name: 'Daily Practice' }).waitFor();
    const chips = detail.getByRole('list', { name: 'Linked goals' });
    await chips.getByText('Hands together at 60 bpm', { exact: true }).waitFor();
    await chips.getByText('Bars 1–8', { exact: true }).waitFor();
    assert.match((await detail.textContent()) ?? '', /Planned\s*40 min/);
    const sessionPath = `/fractals/${fractalId}/sessions/${sessionId}`;
    let session = await api.get(sessionPath);
    assert.equal(session.name, 'Daily Practice');
    assert.ok(Math.abs(Date.parse(session.startedAt) - createdAt) < 60_000, `startedAt ${session.startedAt} ≈ now`);
    assert.equal(session.sections.reduce((sum, s) => sum + s.plannedMinutes, 0), 40);
    assert.deepEqual(session.sections.map((s) => s.instances.map((i) => i.activityId)), [[scale], [nocturne]]);
    assert.deepEqual([...session.goalIds].sort(), [stg, ig].sort());
    await shot('s10-2-session-detail');

    // S12 – timer lifecycle on "C major scale".
    const scaleCard = page.getByTestId('activity-instance').filter({ hasText: 'C major scale' });
    const nocturneCard = page.getByTestId('activity-instance').filter({ hasText: 'Nocturne' });
    const warmUp = page.getByTestId('session-section').filter({ hasText: 'Warm-up' });
    await scaleCard.getByRole('button', { name: 'Stop', exact: true }).click();
    await scaleCard.getByRole('alert').waitFor();
    await shot('s12-1-stop-before-start');

    await scaleCard.getByRole('button', { name: 'Start', exact: true }).click();
    await scaleCard.getByText('Running', { exact: true }).waitFor();
    assert.equal(await scaleCard.getByRole('button', { name: 'Start', exact: true }).isDisabled(), true);
    session = await api.get(sessionPath);
    const running = session.sections[0].instances[0];
    assert.ok(running.startedAt, 'Start is filled');
    assert.equal(running.stoppedAt ?? null, null, 'Stop stays empty');
    // A short run instead of 90 s keeps the suite quick; the clock must tick past 00:03 on its own.
    await scaleCard.getByTestId('instance-duration').filter({ hasText: /^00:0[3-9]$/ }).waitFor({ timeout: 15_000 });
    await scaleCard.getByRole('button', { name: 'Stop', exact: true }).click();
    await scaleCard.getByText('Running', { exact: true }).waitFor({ state: 'detached' });
    session = await api.get(sessionPath);
    const stopped = session.sections[0].instances[0];
    assert.ok(stopped.durationSeconds >= 3 && stopped.durationSeconds <= 15, `duration ${stopped.durationSeconds} s`);
    const clock = `00:${String(stopped.durationSeconds).padStart(2, '0')}`;
    assert.equal((await scaleCard.getByTestId('instance-duration').textContent())?.trim(), clock);
    assert.equal((await warmUp.getByTestId('section-duration').textContent())?.trim(), clock);
    await shot('s12-2-stopped');

    await scaleCard.getByRole('button', { name: 'Reset', exact: true }).click();
    await scaleCard.getByTestId('instance-duration').filter({ hasText: '--:--' }).waitFor();
    session = await api.get(sessionPath);
    const reset = session.sections[0].instances[0];
    assert.deepEqual([reset.startedAt ?? null, reset.stoppedAt ?? null, reset.durationSeconds ?? null], [null, null, null]);

    // Two activities may run timers at the same time.
    await scaleCard.getByRole('button', { name: 'Start', exact: true }).click();
    await scaleCard.getByText('Running', { exact: true }).waitFor();
    await nocturneCard.getByRole('button', { name: 'Start', exact: true }).click();
    await nocturneCard.getByText('Running', { exact: true }).waitFor();
    assert.equal(await scaleCard.getByText('Running', { exact: true }).count(), 1);
    await shot('s12-3-two-running');
    await scaleCard.getByRole('button', { name: 'Stop', exact: true }).click();
    await scaleCard.getByText('Running', { exact: true }).waitFor({ state: 'detached' });

    await scaleCard.getByText('Edit times').click();
    const today = localDate(0);
    await scaleCard.getByLabel('Start', { exact: true }).fill(`${today}T10:00:00`);
    await scaleCard.getByLabel('Stop', { exact: true }).fill(`${today}T10:25:00`);
    await scaleCard.getByRole('button', { name: 'Save times' }).click();
    await scaleCard.getByTestId('instance-duration').filter({ hasText: /^25:00$/ }).waitFor();
    session = await eventually(() => api.get(sessionPath), (s) => s.sections[0].instances[0].durationSeconds === 1500, 'typed times store 1500 s');
    assert.equal(Date.parse(session.sections[0].instances[0].startedAt), new Date(`${today}T10:00:00`).getTime());
    await shot('s12-4-typed-times');

    // S13 – sets and single metrics.
    for (let i = 0; i < 3; i += 1) {
      await scaleCard.getByRole('button', { name: 'Add set' }).click();
    }
    const sets = [
      [100, 4],
      [120, 3],
      [110, 5],
    ];
    for (const [index, [tempo, reps]] of sets.entries()) {
      await scaleCard.getByLabel(new RegExp(`^Set ${index + 1} Tempo`)).fill(String(tempo));
      await scaleCard.getByLabel(new RegExp(`^Set ${index + 1} Reps`)).fill(String(reps));
    }
    await scaleCard.getByRole('button', { name: 'Save sets' }).click();
    await scaleCard.getByText('Unsaved changes').waitFor({ state: 'detached' });
    await eventually(() => api.get(sessionPath), (s) => s.sections[0].instances[0].sets.length === 3, 'three sets stored');

    await gotoApp(page, sessionPath);
    await detail.waitFor();
    for (const [index, [tempo, reps]] of sets.entries()) {
      assert.equal(await scaleCard.getByLabel(new RegExp(`^Set ${index + 1} Tempo`)).inputValue(), String(tempo));
      assert.equal(await scaleCard.getByLabel(new RegExp(`^Set ${index + 1} Reps`)).inputValue(), String(reps));
    }
    assert.equal(await scaleCard.getByLabel(/^Set 4 Tempo/).count(), 0);
    await shot('s13-1-sets-after-reload');

    for (const value of [92, 95]) {
      await saveValue(nocturneCard, value);
      session = await eventually(
        () => api.get(sessionPath),
        (s) => s.sections[1].instances[0].values.some((v) => Number(v.value) === value),
        `accuracy ${value} stored`,
      );
      const values = session.sections[1].instances[0].values;
      assert.equal(values.length, 1, `one stored value row: ${JSON.stringify(values)}`);
    }
    await shot('s13-2-accuracy');

    // S15 – complete with the Nocturne timer still running.
    const summaryBefore = await api.get(`/fractals/${fractalId}/analytics/sessions/summary`);
    await nocturneCard.getByText('Running', { exact: true }).waitFor();
    await detail.getByRole('button', { name: 'Complete session' }).click();
    await detail.getByRole('button', { name: 'Yes, complete it' }).click();
    const completedAt = Date.now();
    await detail.getByText('✓ Completed').waitFor();
    await shot('s15-1-completed');
    session = await api.get(sessionPath);
    assert.equal(session.completed, true);
    assert.ok(session.completedAt);
    assert.ok(Math.abs(Date.parse(session.endedAt) - completedAt) < 30_000, `endedAt ${session.endedAt} ≈ now`);
    const expectedTotal = (Date.parse(session.endedAt) - Date.parse(session.startedAt)) / 1000;
    assert.ok(Math.abs(session.totalDurationSeconds - expectedTotal) <= 1, `total ${session.totalDurationSeconds} = end − start ${expectedTotal}`);
    const nocturneDone = session.sections[1].instances[0];
    assert.ok(nocturneDone.stoppedAt && nocturneDone.durationSeconds > 0, 'the running timer was stopped with a duration');

    await page.getByRole('link', { name: 'Sessions', exact: true }).click();
    const row = page.getByTestId('session-row').filter({ has: page.getByRole('link', { name: 'Daily Practice' }) });
    await row.waitFor();
    assert.match((await row.getByRole('link', { name: 'Daily Practice' }).getAttribute('class')) ?? '', /ses-completed-name/);
    const minutes = Math.floor(session.totalDurationSeconds / 60);
    const hMm = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
    assert.match((await row.textContent()) ?? '', new RegExp(`Duration\\s*${hMm}`));
    await page.getByRole('button', { name: 'Completed', exact: true }).click();
    await row.waitFor();
    await shot('s15-2-completed-filter');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.waitForURL(/status=open/);
    await row.waitFor({ state: 'detached' });
    await shot('s15-3-open-filter');

    await page.getByRole('link', { name: 'Analytics', exact: true }).click();
    await page.getByTestId('analytics-tab-sessions').click();
    const summary = page.getByTestId('session-summary');
    const counter = (label) => summary.locator('div').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) }).getByRole('definition');
    await counter('Total').filter({ hasText: new RegExp(`^${summaryBefore.total}$`) }).waitFor();
    assert.equal((await counter('Completed').textContent())?.trim(), String(summaryBefore.completed + 1));
    assert.equal((await counter('In progress').textContent())?.trim(), String(summaryBefore.open - 1));
    await shot('s15-4-analytics');
  });
});
