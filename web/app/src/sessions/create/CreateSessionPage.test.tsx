// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, WriteResult } from '../../api/client';
import { fakeApi, problem, renderInApp } from '../../test/fakes';
import type { ActiveProgramDay, SelectableGoal, Template } from '../types';
import { CreateSessionPage } from './CreateSessionPage';

const goals: SelectableGoal[] = [
  {
    id: 'stg',
    name: 'Hands together at 60 bpm',
    level: 'SHORT_TERM',
    deadline: null,
    description: null,
    immediateGoals: [{ id: 'ig', name: 'Bars 1–8', level: 'IMMEDIATE', deadline: null }],
  },
  { id: 'stg2', name: 'Sight-reading', level: 'SHORT_TERM', deadline: null, description: null, immediateGoals: [] },
];

const templates: Template[] = [
  {
    id: 't1',
    name: 'Daily Practice',
    description: null,
    sections: [
      { name: 'Warm-up', plannedMinutes: 10, activityIds: ['a1'] },
      { name: 'Repertoire', plannedMinutes: 30, activityIds: ['a2'] },
    ],
    totalMinutes: 40,
    sectionCount: 2,
  },
  { id: 't2', name: 'Quick scales', description: null, sections: [], totalMinutes: 15, sectionCount: 1 },
];

const day: ActiveProgramDay = {
  programId: 'p1',
  programName: 'Spring Recital',
  blockId: 'b1',
  blockName: 'Base',
  blockColor: '#3A86FF',
  dayId: 'd1',
  dayName: 'Today Plan',
  date: null,
  dayNumber: 2,
  templateIds: ['t1', 't2'],
  completed: false,
  sessionIds: [],
};

const otherDay: ActiveProgramDay = {
  ...day,
  programId: 'p2',
  programName: 'Summer Scales',
  blockId: 'b2',
  blockName: 'Peak',
  dayId: 'd2',
  dayName: 'Scales day',
  templateIds: ['t1'],
};

/** Two pages of a list: the second only when the caller follows `nextCursor`. */
function twoPages<T>(path: string, first: T[], second: T[]) {
  const cursor = new URLSearchParams(path.split('?')[1]).get('cursor');
  return Promise.resolve(cursor === 'page-2' ? { items: second, nextCursor: null } : { items: first, nextCursor: 'page-2' });
}

function createApi(failWith?: Error) {
  const getJson = vi.fn((path: string) => {
    // The selection comes in two pages: every goal below is offered only when the page walks to the end.
    if (path.includes('/goals/selection?')) {
      const cursor = new URLSearchParams(path.split('?')[1]).get('cursor');
      return Promise.resolve(
        cursor === 'page-2' ? { items: goals.slice(1), nextCursor: null } : { items: goals.slice(0, 1), nextCursor: 'page-2' },
      );
    }
    // Templates and program days come in two pages too: the ones chosen below are on the second.
    if (path.includes('/templates?')) {
      return twoPages(path, templates.slice(0, 1), templates.slice(1));
    }
    if (path.includes('/programs/active-days?date=')) {
      return twoPages(path, [otherDay], [day]);
    }
    if (path.endsWith('/goals/mtg')) {
      return Promise.resolve({ id: 'mtg', name: 'Op. 9 No. 2' });
    }
    return Promise.reject(new Error(`unexpected GET ${path}`));
  });
  const send = vi.fn<(...args: Parameters<ApiClient['send']>) => Promise<WriteResult<unknown>>>(() =>
    failWith ? Promise.reject(failWith) : Promise.resolve({ body: { id: 'new-session', newImmediateGoalIds: [] }, consistencyToken: 'ct' }),
  );
  return { api: fakeApi({ getJson: getJson as ApiClient['getJson'], send: send as ApiClient['send'] }), getJson, send };
}

function renderCreate(api: ApiClient, query = '') {
  return renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/sessions/new" element={<CreateSessionPage />} />
      <Route path="/fractals/:fractalId/sessions/:sessionId" element={<h1>Session page</h1>} />
    </Routes>,
    { path: `/fractals/f1/sessions/new${query}`, api },
  );
}

const create = () => userEvent.click(screen.getByRole('button', { name: 'Create session' }));

describe('CreateSessionPage', () => {
  it('creates a session from a template with a short-term and an immediate goal, then opens it', async () => {
    const { api, send } = createApi();
    renderCreate(api);
    await userEvent.click(await screen.findByLabelText('Hands together at 60 bpm'));
    await userEvent.click(screen.getByLabelText('Bars 1–8'));
    await userEvent.click(screen.getByLabelText('A template'));
    await userEvent.click(await screen.findByLabelText(/Daily Practice/));
    expect(screen.getByLabelText(/Quick scales/)).toBeTruthy();
    expect(screen.getByText('2 sections • 40 min')).toBeTruthy();
    await create();

    expect(send).toHaveBeenCalledOnce();
    const [method, path, body, headers] = send.mock.calls[0]!;
    expect([method, path]).toEqual(['POST', '/api/v1/fractals/f1/sessions']);
    expect(body).toEqual({ goalIds: ['stg', 'ig'], templateId: 't1' });
    expect(headers?.['Idempotency-Key']).toMatch(/[0-9a-f-]{36}/);
    expect(await screen.findByRole('heading', { name: 'Session page' })).toBeTruthy();
  });

  it('keeps Create disabled for a template until a short-term goal is ticked', async () => {
    const { api, send } = createApi();
    renderCreate(api);
    await userEvent.click(await screen.findByLabelText('A template'));
    await userEvent.click(await screen.findByLabelText(/Daily Practice/));
    const button = screen.getByRole<HTMLButtonElement>('button', { name: 'Create session' });
    expect(button.disabled).toBe(true);
    const hint = screen.getByText(/select at least one short-term goal/i);
    expect(button.getAttribute('aria-describedby')).toBe(hint.id);
    await userEvent.click(screen.getByLabelText('Bars 1–8'));
    expect(button.disabled).toBe(true);
    await userEvent.click(screen.getByLabelText('Hands together at 60 bpm'));
    expect(button.disabled).toBe(false);
    expect(screen.queryByText(/select at least one short-term goal/i)).toBeNull();
    await create();
    expect(send.mock.calls[0]?.[2]).toEqual({ goalIds: ['ig', 'stg'], templateId: 't1' });
  });

  it('asks for a goal before sending anything', async () => {
    const { api, send } = createApi();
    renderCreate(api);
    await screen.findByLabelText('Sight-reading');
    await create();
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByText('Select at least one goal, or add a new immediate goal.')).toBeTruthy();
  });

  it('pre-selects the goal named in the address', async () => {
    const { api, send } = createApi();
    renderCreate(api, '?goalId=stg2');
    const checkbox = await screen.findByLabelText<HTMLInputElement>('Sight-reading');
    expect(checkbox.checked).toBe(true);
    await create();
    expect(send.mock.calls[0]?.[2]).toEqual({ goalIds: ['stg2'] });
  });

  it('offers a linked goal the selection does not list, under its name', async () => {
    const { api, send } = createApi();
    renderCreate(api, '?goalId=mtg');
    const checkbox = await screen.findByLabelText<HTMLInputElement>('Op. 9 No. 2');
    expect(checkbox.checked).toBe(true);
    await create();
    expect(send.mock.calls[0]?.[2]).toEqual({ goalIds: ['mtg'] });
  });

  it('creates new immediate goals with the session, showing a refusal next to the new goal', async () => {
    const refused = problem(400, 'Invalid request', 'The session is not valid.', [
      { field: 'newImmediateGoals[0].name', message: 'At most 200 characters' },
    ]);
    const { api, send } = createApi(refused);
    renderCreate(api);
    await userEvent.click(await screen.findByRole('button', { name: '+ New immediate goal under Hands together at 60 bpm' }));
    const input = screen.getByLabelText('New immediate goal under Hands together at 60 bpm');
    expect(document.activeElement).toBe(input);
    await userEvent.type(input, 'Left-hand arpeggios');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Evening');
    await create();

    expect(send.mock.calls[0]?.[2]).toEqual({
      goalIds: [],
      newImmediateGoals: [{ parentId: 'stg', name: 'Left-hand arpeggios' }],
      name: 'Evening',
    });
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('At most 200 characters');
    expect(screen.getByRole('alert').textContent).toContain('The session is not valid.');
  });

  it('keeps the Idempotency-Key when the same request is retried after a network failure', async () => {
    const { api, send } = createApi(problem(0, 'Network error', 'The server could not be reached.'));
    renderCreate(api);
    await userEvent.click(await screen.findByLabelText('Sight-reading'));
    await create();
    await create();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[0]?.[3]).toEqual(send.mock.calls[1]?.[3]);
  });

  it("creates a session from today's program day with the chosen template of the day", async () => {
    const { api, send, getJson } = createApi();
    renderCreate(api);
    await userEvent.click(await screen.findByLabelText('Sight-reading'));
    await userEvent.click(screen.getByLabelText("Today's program day"));
    const days = await screen.findByRole('radiogroup', { name: 'Program days' });
    await userEvent.click(await within(days).findByLabelText(/Spring Recital – Base/));
    const templateOfDay = screen.getByLabelText('Template of the day');
    await waitFor(() => expect(within(templateOfDay).getByRole('option', { name: 'Quick scales' })).toBeTruthy());
    await userEvent.selectOptions(templateOfDay, 'Quick scales');
    await create();
    expect(getJson.mock.calls.some(([path]) => /active-days\?date=\d{4}-\d{2}-\d{2}&limit=200$/.test(path))).toBe(true);
    expect(send.mock.calls[0]?.[2]).toEqual({ goalIds: ['stg2'], programDayId: 'd1', templateId: 't2' });
  });

  it('plans a session without a start', async () => {
    const { api, send } = createApi();
    renderCreate(api);
    await userEvent.click(await screen.findByLabelText('Sight-reading'));
    await userEvent.click(screen.getByLabelText('Not yet (plan it; start it later)'));
    await create();
    expect(send.mock.calls[0]?.[2]).toEqual({ goalIds: ['stg2'], startedAt: null });
  });
});
