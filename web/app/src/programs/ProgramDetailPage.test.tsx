// @vitest-environment happy-dom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { routeApi, type SentCall } from '../activities/common/fakeRoutes';
import { problem, renderInApp } from '../test/fakes';
import type { Template } from '../templates/types';
import { recital, tree } from './testFixtures';
import { ProgramDetailPage } from './ProgramDetailPage';

// These tests click through whole forms; on a busy shared machine that can take longer than the defaults
// (5 s a test, 1 s for findBy/waitFor). Each test file has its own module registry, so this stays here.
vi.setConfig({ testTimeout: 20_000 });
configure({ asyncUtilTimeout: 4000 });

const BASE = '/api/v1/fractals/f1';
const PROGRAM = `${BASE}/programs/p1`;

function template(id: string, name: string): Template {
  return {
    id,
    name,
    description: null,
    sections: [],
    totalMinutes: 40,
    sectionCount: 2,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    version: 1,
  };
}

function setup(program: unknown = recital, onSend?: (call: SentCall) => unknown) {
  const fake = routeApi(
    {
      [PROGRAM]: program,
      [`${BASE}/tree`]: tree,
      [`${BASE}/templates`]: { items: [template('t1', 'Daily Practice'), template('t2', 'Scales only')], nextCursor: null },
    },
    onSend,
  );
  renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/programs/:programId" element={<ProgramDetailPage />} />
      <Route path="/fractals/:fractalId/programs" element={<p>Program list</p>} />
      <Route path="/fractals/:fractalId/sessions/:sessionId" element={<p>Session page</p>} />
    </Routes>,
    { path: '/fractals/f1/programs/p1', api: fake.api },
  );
  return fake;
}

const cell = (date: string) => {
  const button = screen.getAllByTestId('calendar-day').find((candidate) => candidate.dataset.date === date);
  if (!button?.parentElement) {
    throw new Error(`no cell for ${date}`);
  }
  return button.parentElement;
};

let user: UserEvent;

beforeEach(() => {
  // No delay between key strokes: the typing is not under test, and the machine running the tests may be slow.
  user = userEvent.setup({ delay: null });
  // Only the clock: today is 8 April 2026 in the browser's zone (timers stay real for Testing Library).
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 3, 8, 9, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ProgramDetailPage calendar', () => {
  it("opens on today's month with the blocks, dated days, sessions and deadlines on their dates", async () => {
    setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'Spring Recital' })).toBeTruthy();
    const calendar = screen.getByTestId('program-calendar');
    expect(within(calendar).getByRole('heading', { level: 2 }).textContent).toMatch(/April 2026/);
    expect(within(calendar).getAllByRole('row')).toHaveLength(6);

    expect(cell('2026-04-01').textContent).toContain('Base');
    expect(cell('2026-04-21').textContent).toContain('Peak');
    expect(within(cell('2026-04-06')).getByTestId('calendar-program-day').textContent).toBe('✓ Monday Drills');
    // The completed session of that dated day is not listed a second time.
    expect(cell('2026-04-06').querySelectorAll('.calendar-entries li')).toHaveLength(1);
    expect(cell('2026-04-15').textContent).toContain('Planned session: Technique Day');
    await waitFor(() => expect(cell('2026-04-18').textContent).toContain('Goal due: Op. 9 No. 2'));
    expect(cell('2026-04-08').className).toContain('today');
  });

  it('moves between months and greys the days outside the program', async () => {
    setup();
    const calendar = await screen.findByTestId('program-calendar');
    const month = () => within(calendar).getByRole('heading', { level: 2 }).textContent;
    const next = within(calendar).getByRole('button', { name: /Next month/ });
    const previous = within(calendar).getByRole('button', { name: /Previous month/ });
    await user.click(next);
    expect(month()).toMatch(/May 2026/);
    expect(cell('2026-05-31').className).not.toContain('outside-program');
    await user.click(next);
    expect(cell('2026-06-01').className).toContain('outside-program');
    await user.click(previous);
    await user.click(previous);
    await user.click(previous);
    expect(month()).toMatch(/March 2026/);
    expect(cell('2026-03-24').className).toContain('outside-program');
    expect(cell('2026-03-25').className).not.toContain('outside-program');
  });

  it('schedules an abstract day on a chosen date in the browser time zone and links to the new session', async () => {
    const fake = setup(undefined, (call) => (call.path.endsWith('/schedule') ? { id: 's9' } : undefined));
    await screen.findByTestId('program-calendar');
    const date = within(cell('2026-04-16')).getByRole('button');
    await user.click(date);
    expect(date.getAttribute('aria-pressed')).toBe('true');

    const panel = screen.getByTestId('day-panel');
    await user.selectOptions(within(panel).getByLabelText('Program day'), 'd3');
    await user.click(within(panel).getByRole('button', { name: 'Schedule' }));
    expect(fake.sent[0]).toMatchObject({
      method: 'POST',
      path: `${PROGRAM}/blocks/b1/days/d3/schedule`,
      body: { date: '2026-04-16', tz: Intl.DateTimeFormat().resolvedOptions().timeZone },
    });
    expect(fake.sent[0]?.headers['Idempotency-Key']).toBeTruthy();
    await user.click(await within(panel).findByRole('link', { name: 'Open the session' }));
    expect(await screen.findByText('Session page')).toBeTruthy();
  });

  it('unschedules a planned session after confirming', async () => {
    const fake = setup();
    await screen.findByTestId('program-calendar');
    await user.click(within(cell('2026-04-15')).getByRole('button'));
    const panel = screen.getByTestId('day-panel');
    const session = within(panel).getByTestId('scheduled-session');
    expect(within(session).getByRole('link', { name: 'Technique Day' }).getAttribute('href')).toBe('/fractals/f1/sessions/s2');
    await user.click(within(session).getByRole('button', { name: 'Unschedule Technique Day' }));
    await user.click(within(session).getByRole('button', { name: 'Unschedule' }));
    expect(fake.sent[0]).toMatchObject({ method: 'DELETE', path: `${PROGRAM}/blocks/b1/days/d3/schedule/s2` });
  });

  it('says when the program does not exist', async () => {
    setup(problem(404, 'Not Found', 'Program not found'));
    expect(await screen.findByRole('heading', { name: 'Program not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Programs/ }).getAttribute('href')).toBe('/fractals/f1/programs');
  });
});

describe('ProgramDetailPage blocks', () => {
  async function openBlocks(onSend?: (call: SentCall) => unknown) {
    const fake = setup(undefined, onSend);
    await user.click(await screen.findByRole('button', { name: 'Blocks' }));
    return fake;
  }

  const blockCard = (name: string) => {
    const card = screen.getAllByTestId('block-card').find((candidate) => candidate.querySelector('h3')?.textContent === name);
    if (!card) {
      throw new Error(`no block ${name}`);
    }
    return card;
  };

  it('shows each block with its dates, length, Active badge, goals and abstract days', async () => {
    await openBlocks();
    const base = blockCard('Base');
    expect(base.textContent).toContain('20 days');
    expect(base.textContent).toContain('Active');
    expect(blockCard('Peak').textContent).not.toContain('Active');
    await waitFor(() => expect(within(base).getByRole('list', { name: 'Goals of Base' }).textContent).toContain('Op. 9 No. 2'));
    const days = within(base).getAllByTestId('program-day');
    expect(days[0]?.textContent).toContain('Technique Day');
    await waitFor(() => expect(days[0]?.textContent).toContain('Daily Practice, Scales only'));
  });

  it('adds a block inside the program, refusing an end before the start', async () => {
    const fake = await openBlocks();
    await user.click(screen.getByRole('button', { name: 'Add block' }));
    const form = screen.getByTestId('block-form');
    await user.type(within(form).getByLabelText('Block name'), 'Taper');
    await user.type(within(form).getByLabelText('Block start'), '2026-05-20');
    await user.type(within(form).getByLabelText('Block end'), '2026-05-19');
    await user.click(within(form).getByRole('button', { name: 'Add block' }));
    expect(form.textContent).toContain('End date cannot be before start date');

    const end = within(form).getByLabelText('Block end');
    await user.clear(end);
    await user.type(end, '2026-05-31');
    await user.click(within(form).getByRole('button', { name: 'Add block' }));
    expect(fake.sent[0]).toMatchObject({
      method: 'POST',
      path: `${PROGRAM}/blocks`,
      body: { name: 'Taper', startDate: '2026-05-20', endDate: '2026-05-31', color: '#3A86FF' },
    });
  });

  it('adds a weekday day with its templates', async () => {
    const fake = await openBlocks();
    await user.click(screen.getByRole('button', { name: 'Add a day to Peak' }));
    const form = screen.getByTestId('day-form');
    await user.type(within(form).getByLabelText('Day name'), 'Monday Drills');
    await user.click(await within(form).findByLabelText('Daily Practice'));
    await user.click(within(form).getByLabelText('Every week on a weekday'));
    expect(form.textContent).toContain('Creates 5 dated days in this block.');
    await user.click(within(form).getByRole('button', { name: 'Add day' }));
    expect(fake.sent[0]).toMatchObject({
      method: 'POST',
      path: `${PROGRAM}/blocks/b2/days`,
      body: { name: 'Monday Drills', templateIds: ['t1'], dayOfWeek: 'MONDAY' },
    });
  });

  it('edits a day with cascade, copies it and deletes it', async () => {
    const fake = await openBlocks();
    const base = blockCard('Base');
    await user.click(within(base).getByRole('button', { name: 'Copy Technique Day to the other blocks' }));
    expect(fake.sent[0]).toMatchObject({ method: 'POST', path: `${PROGRAM}/blocks/b1/days/d3/copy` });

    await user.click(within(base).getByRole('button', { name: 'Edit Technique Day' }));
    const name = within(base).getByLabelText('Day name');
    await user.clear(name);
    await user.type(name, 'Technique');
    await user.click(within(base).getByLabelText('Scales only'));
    await user.click(within(base).getByLabelText(/Also change day 3/));
    await user.click(within(base).getByRole('button', { name: 'Save day' }));
    expect(fake.sent[1]).toMatchObject({
      method: 'PATCH',
      path: `${PROGRAM}/blocks/b1/days/d3`,
      body: { name: 'Technique', templateIds: ['t1'], cascade: true },
    });

    await user.click(await within(base).findByRole('button', { name: 'Delete Technique Day' }));
    await user.click(within(base).getByRole('button', { name: 'Delete' }));
    expect(fake.sent[2]).toMatchObject({ method: 'DELETE', path: `${PROGRAM}/blocks/b1/days/d3` });
  });

  it('attaches a goal with a deadline inside the block, and detaches one', async () => {
    const fake = await openBlocks((call) =>
      call.method === 'POST' && fake.sent.length === 1
        ? problem(400, 'Invalid', undefined, [{ field: 'deadline', message: 'Not after the parent goal' }])
        : undefined,
    );
    const peak = blockCard('Peak');
    await user.click(within(peak).getByRole('button', { name: 'Attach a goal to Peak' }));
    const form = within(peak).getByRole('form', { name: 'Attach a goal to Peak' });
    await user.type(within(form).getByLabelText(/Deadline/), '2026-04-01');
    await user.click(within(form).getByRole('button', { name: 'Attach goal' }));
    expect(form.textContent).toContain('The deadline must lie inside the block (2026-04-21 – 2026-05-31)');

    const deadline = within(form).getByLabelText(/Deadline/);
    await user.clear(deadline);
    await user.type(deadline, '2026-05-30');
    await user.click(within(form).getByRole('button', { name: 'Attach goal' }));
    expect(fake.sent[0]).toMatchObject({ method: 'POST', path: `${PROGRAM}/blocks/b2/goals/mtg`, body: { deadline: '2026-05-30' } });
    await waitFor(() => expect(form.textContent).toContain('Not after the parent goal'));

    await waitFor(() => expect(within(blockCard('Base')).getByRole('button', { name: /Detach Op\. 9 No\. 2/ })).toBeTruthy());
    await user.click(within(blockCard('Base')).getByRole('button', { name: /Detach Op\. 9 No\. 2/ }));
    expect(fake.sent[1]).toMatchObject({ method: 'DELETE', path: `${PROGRAM}/blocks/b1/goals/mtg` });
  });

  it('deletes a block after confirming', async () => {
    const fake = await openBlocks();
    await user.click(within(blockCard('Peak')).getByRole('button', { name: 'Delete block Peak' }));
    await user.click(within(blockCard('Peak')).getByRole('button', { name: 'Delete' }));
    expect(fake.sent[0]).toMatchObject({ method: 'DELETE', path: `${PROGRAM}/blocks/b2` });
  });
});
