// The activities and templates pages in a real browser against the running system: a group, an activity with
// sets and metrics in it, and a template built from that activity (the set-up S10 takes from the API).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiClient } from './support/api.mjs';
import { gotoApp, launch, uniqueName, withSignedInPage } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('activities and templates: a group, an activity with metrics, a template using it', { timeout: 120_000 }, async (t) => {
  await withSignedInPage(browser, t, 'planning-activities-templates', async (page, shot) => {
    const api = await apiClient();
    const { id: fractalId } = await api.post('/fractals', { name: uniqueName('Become a pianist'), level: 'ULTIMATE' });
    const base = `/fractals/${encodeURIComponent(fractalId)}`;

    // A group, then an activity with sets and two metrics inside it.
    await gotoApp(page, `${base}/activities`);
    await page.getByTestId('activities-page').waitFor();
    await page.getByRole('button', { name: 'New group', exact: true }).click();
    const groupForm = page.getByTestId('group-form');
    await groupForm.getByLabel('Group name').fill('Technique');
    await groupForm.getByRole('button', { name: 'Create group' }).click();
    await groupForm.waitFor({ state: 'detached' });
    const technique = page.getByTestId('group-section').filter({ has: page.getByRole('heading', { name: 'Technique', exact: true }) });
    await technique.waitFor();

    await page.getByRole('button', { name: 'New activity', exact: true }).click();
    const activityForm = page.getByTestId('activity-form');
    await activityForm.getByLabel('Name', { exact: true }).fill('C major scale');
    await activityForm.getByLabel('Group').selectOption({ label: 'Technique' });
    await activityForm.getByLabel('Track sets').check();
    await activityForm.getByLabel('Enable metrics').check();
    for (const [index, [name, unit]] of [
      ['Tempo', 'bpm'],
      ['Reps', 'reps'],
    ].entries()) {
      if ((await activityForm.getByTestId('metric-row').count()) <= index) {
        await activityForm.getByRole('button', { name: 'Add metric' }).click();
      }
      await activityForm.getByLabel(`Metric ${index + 1} name`).fill(name);
      await activityForm.getByLabel(`Metric ${index + 1} unit`).fill(unit);
    }
    await activityForm.getByTestId('metric-row').first().getByLabel('Top set metric').check();
    await shot('1-activity-form');
    await activityForm.getByRole('button', { name: 'Create activity' }).click();
    await activityForm.waitFor({ state: 'detached' });
    const card = technique.getByTestId('activity-card').filter({ has: page.getByRole('heading', { name: 'C major scale' }) });
    await card.getByText('Tempo (bpm) · top set').waitFor();
    await card.getByText('Reps (reps)', { exact: true }).waitFor();
    await card.getByText('Sets', { exact: true }).waitFor();
    await shot('2-activity-in-group');

    const [group] = (await api.get(`/fractals/${fractalId}/activity-groups`)).items;
    const [activity] = (await api.get(`/fractals/${fractalId}/activities`)).items;
    assert.equal(group.name, 'Technique');
    assert.equal(activity.groupId, group.id);
    assert.deepEqual(
      activity.metrics.map((m) => [m.name, m.unit, m.topSet]),
      [
        ['Tempo', 'bpm', true],
        ['Reps', 'reps', false],
      ],
    );

    // A template with one section holding the activity.
    await page.getByRole('link', { name: 'Templates', exact: true }).click();
    await page.getByTestId('templates-page').waitFor();
    await page.getByRole('button', { name: 'New template' }).first().click();
    const builder = page.getByTestId('template-builder');
    await builder.getByLabel('Template name').fill('Daily Practice');
    const section = builder.getByTestId('section-editor').first();
    await section.getByLabel('Section 1 name').fill('Warm-up');
    await section.getByLabel('Section 1 planned minutes').fill('10');
    await section.getByLabel(/^Activity to add to /).selectOption({ label: 'C major scale' });
    await section.getByRole('button', { name: /^Add activity to / }).click();
    await section.getByRole('list', { name: /^Activities of / }).getByText('C major scale').waitFor();
    await builder.getByTestId('template-total').filter({ hasText: 'Total planned: 10 min' }).waitFor();
    await shot('3-template-builder');
    await builder.getByRole('button', { name: 'Create template' }).click();
    await builder.waitFor({ state: 'detached' });
    const templateCard = page.getByTestId('template-card').filter({ has: page.getByRole('heading', { name: 'Daily Practice' }) });
    await templateCard.getByRole('listitem').filter({ hasText: /Warm-up · 10 min\s*: C major scale/ }).waitFor();
    await shot('4-template-card');

    const [template] = (await api.get(`/fractals/${fractalId}/templates`)).items;
    assert.equal(template.name, 'Daily Practice');
    assert.deepEqual(template.sections, [{ name: 'Warm-up', plannedMinutes: 10, activityIds: [activity.id] }]);
  });
});
