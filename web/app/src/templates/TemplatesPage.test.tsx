// @vitest-environment happy-dom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from '../api/activities';
import { routeApi, type SentCall } from '../activities/common/fakeRoutes';
import { problem, renderInApp } from '../test/fakes';
import { TemplatesPage } from './TemplatesPage';
import type { Template } from './types';

// These tests click through whole forms; on a busy shared machine that can take longer than the defaults
// (5 s a test, 1 s for findBy/waitFor). Each test file has its own module registry, so this stays here.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 4000 });

// No delay between key strokes: the typing is not under test, and the machine running the tests may be slow.
let user: UserEvent;
beforeEach(() => {
  user = userEvent.setup({ delay: null });
});

const BASE = '/api/v1/fractals/f1';
const TEMPLATES = `${BASE}/templates`;

function activity(id: string, name: string, groupId: string | null): Activity {
  return {
    id,
    name,
    description: null,
    groupId,
    hasSets: false,
    hasSplits: false,
    hasMetrics: false,
    multiplicative: false,
    metrics: [],
    splits: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  };
}

const daily: Template = {
  id: 't1',
  name: 'Daily Practice',
  description: 'Every morning',
  sections: [
    { name: 'Warm-up', plannedMinutes: 10, activityIds: ['a1'] },
    { name: 'Repertoire', plannedMinutes: 30, activityIds: ['a2'] },
  ],
  totalMinutes: 40,
  sectionCount: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 5,
};

function setup(templates: unknown = { items: [daily], nextCursor: null }, onSend?: (call: SentCall) => unknown) {
  const fake = routeApi(
    {
      [TEMPLATES]: templates,
      [`${BASE}/activities`]: { items: [activity('a1', 'C major scale', 'g1'), activity('a2', 'Nocturne', null)] },
      [`${BASE}/activity-groups`]: { items: [{ id: 'g1', name: 'Technique', description: null, position: 0 }] },
    },
    onSend,
  );
  renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/templates" element={<TemplatesPage />} />
    </Routes>,
    { path: '/fractals/f1/templates', api: fake.api },
  );
  return fake;
}

describe('TemplatesPage', () => {
  it('lists templates with their sections, minutes and activity names', async () => {
    setup();
    const card = await screen.findByTestId('template-card');
    expect(within(card).getByRole('heading', { name: 'Daily Practice' })).toBeTruthy();
    expect(card.textContent).toContain('2 sections • 40 min');
    await waitFor(() => expect(card.textContent).toContain('Warm-up · 10 min: C major scale'));
    expect(card.textContent).toContain('Repertoire · 30 min: Nocturne');
  });

  it('builds a new template with two sections and checks it before sending', async () => {
    const fake = setup({ items: [], nextCursor: null });
    await user.click(await screen.findByRole('button', { name: 'Build the first template' }));
    const builder = screen.getByTestId('template-builder');

    await user.click(within(builder).getByRole('button', { name: 'Remove section Section 1' }));
    await user.click(within(builder).getByRole('button', { name: 'Create template' }));
    expect(builder.textContent).toContain('Template name is required');
    expect(builder.textContent).toContain('Add at least one section to the template');
    expect(fake.sent).toHaveLength(0);

    await user.type(within(builder).getByLabelText('Template name'), 'Daily Practice');
    await user.click(within(builder).getByRole('button', { name: 'Add section' }));
    await user.type(within(builder).getByLabelText('Section 1 name'), 'Warm-up');
    await user.selectOptions(within(builder).getByLabelText('Activity to add to Warm-up'), 'a1');
    await user.click(within(builder).getByRole('button', { name: 'Add activity to Warm-up' }));
    await user.click(within(builder).getByRole('button', { name: 'Add section' }));
    await user.type(within(builder).getByLabelText('Section 2 name'), 'Repertoire');
    const minutes = within(builder).getByLabelText('Section 2 planned minutes');
    await user.clear(minutes);
    await user.type(minutes, '30');
    await user.selectOptions(within(builder).getByLabelText('Activity to add to Repertoire'), 'a2');
    await user.click(within(builder).getByRole('button', { name: 'Add activity to Repertoire' }));
    expect(within(builder).getByTestId('template-total').textContent).toBe('Total planned: 40 min');

    // Keyboard alternative to dragging: move the scale into Repertoire, then above the Nocturne.
    await user.selectOptions(within(builder).getByLabelText('Move C major scale to another section'), 'Repertoire');
    await user.click(within(builder).getByRole('button', { name: 'Move C major scale up in Repertoire' }));

    await user.click(within(builder).getByRole('button', { name: 'Create template' }));
    expect(fake.sent[0]).toMatchObject({
      method: 'POST',
      path: TEMPLATES,
      body: {
        name: 'Daily Practice',
        sections: [
          { name: 'Warm-up', plannedMinutes: 10, activityIds: [] },
          { name: 'Repertoire', plannedMinutes: 30, activityIds: ['a1', 'a2'] },
        ],
      },
    });
    expect(fake.sent[0]?.body).not.toHaveProperty('description');
    expect(fake.sent[0]?.headers['Idempotency-Key']).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('template-builder')).toBeNull());
  });

  it('edits the whole template with If-Match and shows a section error from the server next to it', async () => {
    const fake = setup(undefined, (call) =>
      call.method === 'PATCH' && fake.sent.length === 1
        ? problem(400, 'Invalid template', undefined, [{ field: 'sections[1].plannedMinutes', message: 'Must be between 1 and 1440' }])
        : undefined,
    );
    await user.click(await screen.findByRole('button', { name: 'Edit Daily Practice' }));
    const builder = screen.getByTestId('template-builder');
    await user.click(within(builder).getByRole('button', { name: 'Move section Repertoire up' }));
    await user.click(within(builder).getByRole('button', { name: 'Save template' }));

    const minutes = within(builder).getByLabelText('Section 2 planned minutes');
    await waitFor(() => expect(minutes.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(minutes.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Must be between 1 and 1440',
    );
    expect(fake.sent[0]).toMatchObject({
      method: 'PATCH',
      path: `${TEMPLATES}/t1`,
      headers: { 'If-Match': '"5"' },
      body: {
        name: 'Daily Practice',
        description: 'Every morning',
        sections: [
          { name: 'Repertoire', plannedMinutes: 30, activityIds: ['a2'] },
          { name: 'Warm-up', plannedMinutes: 10, activityIds: ['a1'] },
        ],
      },
    });

    await user.click(within(builder).getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(screen.queryByTestId('template-builder')).toBeNull());
  });

  it('duplicates, and deletes after confirming', async () => {
    const fake = setup();
    await user.click(await screen.findByRole('button', { name: 'Duplicate Daily Practice' }));
    expect(fake.sent[0]).toMatchObject({ method: 'POST', path: `${TEMPLATES}/t1/duplicate` });
    await user.click(screen.getByRole('button', { name: 'Delete Daily Practice' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(fake.sent[1]).toMatchObject({ method: 'DELETE', path: `${TEMPLATES}/t1` });
  });

  it('loads the next page with the cursor', async () => {
    const second = { ...daily, id: 't2', name: 'Evening' };
    const fake = setup((path: string) =>
      path.includes('cursor=c2') ? { items: [second], nextCursor: null } : { items: [daily], nextCursor: 'c2' },
    );
    await screen.findByTestId('template-card');
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('template-card')).toHaveLength(2));
    expect(fake.readPaths).toContain(`${TEMPLATES}?limit=50&cursor=c2`);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
