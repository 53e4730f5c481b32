// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it, vi } from 'vitest';
import { problem, renderInApp } from '../../test/fakes';
import { FakeSessionServer, scale } from '../testing/fakeSessionServer';
import { SessionDetailPage } from './SessionDetailPage';

function renderDetail(server: FakeSessionServer) {
  return renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/sessions/:sessionId" element={<SessionDetailPage />} />
      <Route path="/fractals/:fractalId/sessions" element={<h1>Sessions list</h1>} />
    </Routes>,
    { path: '/fractals/f1/sessions/s1', api: server.api },
  );
}

const card = (name: string) => screen.getByRole('article', { name });
const section = (name: string) => screen.getByRole('region', { name });

async function loaded(server: FakeSessionServer) {
  renderDetail(server);
  await screen.findByRole('heading', { level: 1, name: 'Daily Practice' });
  await screen.findByRole('heading', { name: 'C major scale' });
}

describe('SessionDetailPage', () => {
  it('shows the sections with their activities, the linked goals and the planned total', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    expect(within(section('Warm-up')).getByRole('heading', { name: 'C major scale' })).toBeTruthy();
    expect(within(section('Repertoire')).getByRole('heading', { name: 'Nocturne run-through' })).toBeTruthy();
    expect(within(section('Warm-up')).getByText('10 min planned')).toBeTruthy();
    expect(await screen.findByText('Hands together at 60 bpm')).toBeTruthy();
    expect(screen.getByTestId('session-total-duration').textContent).toBe('40:00');
    expect(screen.getByTestId('session-status').textContent).toBe('Open');
    // Sets for an activity with sets, single values for one without.
    expect(within(card('C major scale')).getByRole('button', { name: 'Add set' })).toBeTruthy();
    expect(within(card('Nocturne run-through')).getByLabelText('Accuracy (%)')).toBeTruthy();
  });

  it('records sets row by row and sends them in order', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const scaleCard = card('C major scale');
    const values = [
      ['100', '4'],
      ['120', '3'],
      ['110', '5'],
    ];
    for (const [index, [tempo, reps]] of values.entries()) {
      await userEvent.click(within(scaleCard).getByRole('button', { name: 'Add set' }));
      await userEvent.type(within(scaleCard).getByLabelText(`Set ${index + 1} Tempo (bpm)`), tempo!);
      await userEvent.type(within(scaleCard).getByLabelText(`Set ${index + 1} Reps (reps)`), reps!);
    }
    await userEvent.click(within(scaleCard).getByRole('button', { name: 'Save sets' }));

    const put = server.writes('PUT')[0];
    expect(put?.path).toBe('/api/v1/fractals/f1/sessions/s1/activities/i-scale/sets');
    expect(put?.body).toEqual(
      values.map(([tempo, reps]) => ({
        values: [
          { metricId: 'm-tempo', value: Number(tempo) },
          { metricId: 'm-reps', value: Number(reps) },
        ],
      })),
    );
    // After the reload the recorded sets are shown again, in order.
    await waitFor(() => expect(server.calls.filter((call) => call.path.endsWith('/sessions/s1')).length).toBe(2));
    const again = card('C major scale');
    expect(within(again).getByLabelText<HTMLInputElement>('Set 3 Tempo (bpm)').value).toBe('110');
    expect(within(again).getByRole('button', { name: 'Save sets' }).hasAttribute('disabled')).toBe(true);
  });

  it('refuses a set value that is not a number before sending anything', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const scaleCard = card('C major scale');
    await userEvent.click(within(scaleCard).getByRole('button', { name: 'Add set' }));
    await userEvent.type(within(scaleCard).getByLabelText('Set 1 Tempo (bpm)'), 'fast');
    await userEvent.click(within(scaleCard).getByRole('button', { name: 'Save sets' }));
    expect(server.writes()).toEqual([]);
    const input = within(scaleCard).getByLabelText('Set 1 Tempo (bpm)');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Enter a number');
  });

  it('records a single value, and a cleared input clears it', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const nocturneCard = card('Nocturne run-through');
    await userEvent.type(within(nocturneCard).getByLabelText('Accuracy (%)'), '92');
    await userEvent.click(within(nocturneCard).getByRole('button', { name: 'Save values' }));
    expect(server.writes('PUT')[0]?.body).toEqual([{ metricId: 'm-acc', value: 92 }]);

    await waitFor(() => expect(server.calls.filter((call) => call.path.endsWith('/sessions/s1')).length).toBe(2));
    expect(within(card('Nocturne run-through')).getByLabelText<HTMLInputElement>('Accuracy (%)').value).toBe('92');
    await userEvent.clear(within(card('Nocturne run-through')).getByLabelText('Accuracy (%)'));
    await userEvent.click(within(card('Nocturne run-through')).getByRole('button', { name: 'Save values' }));
    expect(server.writes('PUT')[1]?.body).toEqual([{ metricId: 'm-acc', value: null }]);
  });

  it('shows the server refusing a stop before the start next to the Stop field', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const scaleCard = card('C major scale');
    await userEvent.click(within(scaleCard).getByText('Edit times'));
    const start = within(scaleCard).getByLabelText('Start');
    const stop = within(scaleCard).getByLabelText('Stop');
    await userEvent.type(start, '2026-03-01T10:25:00');
    await userEvent.type(stop, '2026-03-01T10:00:00');
    await userEvent.click(within(scaleCard).getByRole('button', { name: 'Save times' }));

    const put = server.writes('PUT')[0];
    expect(put?.path).toMatch(/\/activities\/i-scale\/times$/);
    expect(put?.body).toEqual({
      startedAt: new Date('2026-03-01T10:25:00').toISOString().replace('.000Z', 'Z'),
      stoppedAt: new Date('2026-03-01T10:00:00').toISOString().replace('.000Z', 'Z'),
    });
    await waitFor(() => expect(stop.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(stop.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Must not be before startedAt');
    expect(start.getAttribute('aria-invalid')).toBeNull();
  });

  it('types in start and stop times and shows the duration they make', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const scaleCard = card('C major scale');
    await userEvent.click(within(scaleCard).getByText('Edit times'));
    await userEvent.type(within(scaleCard).getByLabelText('Start'), '2026-03-01T10:00:00');
    await userEvent.type(within(scaleCard).getByLabelText('Stop'), '2026-03-01T10:25:00');
    await userEvent.click(within(scaleCard).getByRole('button', { name: 'Save times' }));
    await waitFor(() => expect(within(card('C major scale')).getByTestId('instance-duration').textContent).toBe('25:00'));
    expect(within(section('Warm-up')).getByTestId('section-duration').textContent).toBe('25:00');
  });

  it('moves an activity with the keyboard controls to the next section, keeping the focus on it', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    await userEvent.click(within(card('C major scale')).getByRole('button', { name: 'Move down' }));
    expect(server.writes('POST')[0]).toMatchObject({
      path: '/api/v1/fractals/f1/sessions/s1/activities/i-scale/move',
      body: { section: 1, position: 0 },
    });
    await waitFor(() => expect(within(section('Repertoire')).queryByRole('heading', { name: 'C major scale' })).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.textContent).toBe('C major scale'));
    const names = within(section('Repertoire'))
      .getAllByRole('article')
      .map((article) => within(article).getByRole('heading').textContent);
    expect(names).toEqual(['C major scale', 'Nocturne run-through']);
    expect(within(card('C major scale')).getByRole('button', { name: 'Move down' })).toBeTruthy();
  });

  it('drags an activity onto a card of another section, or onto a section end', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const dataTransfer = { setData: vi.fn(), setDragImage: vi.fn(), effectAllowed: '', dropEffect: '' };
    const handle = (name: string) => card(name).querySelector('[draggable="true"]')!;

    fireEvent.dragStart(handle('C major scale'), { dataTransfer });
    expect(dataTransfer.setData).toHaveBeenCalledWith('application/x-fractal-instance', 'i-scale');
    expect(screen.getByText('Drop here to move to the end of Repertoire')).toBeTruthy();
    const target = card('Nocturne run-through').closest('li')!;
    fireEvent.dragEnter(target, { dataTransfer });
    fireEvent.dragOver(target, { dataTransfer });
    fireEvent.drop(target, { dataTransfer });
    await waitFor(() => expect(server.writes('POST')).toHaveLength(1));
    expect(server.writes('POST')[0]).toMatchObject({
      path: '/api/v1/fractals/f1/sessions/s1/activities/i-scale/move',
      body: { section: 1, position: 0 },
    });
    expect(screen.queryByText(/^Drop here/)).toBeNull();
    await waitFor(() => expect(within(section('Repertoire')).getAllByRole('article')).toHaveLength(2));

    fireEvent.dragStart(handle('Nocturne run-through'), { dataTransfer });
    fireEvent.drop(screen.getByText('Drop here to move to the end of Warm-up'), { dataTransfer });
    await waitFor(() => expect(server.writes('POST')).toHaveLength(2));
    expect(server.writes('POST')[1]?.body).toEqual({ section: 0, position: 0 });
  });

  it('sends nothing for a drop where the card already is', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const dataTransfer = { setData: vi.fn(), setDragImage: vi.fn(), effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(card('C major scale').querySelector('[draggable="true"]')!, { dataTransfer });
    fireEvent.drop(screen.getByText('Drop here to move to the end of Warm-up'), { dataTransfer });
    expect(server.writes()).toEqual([]);
    expect(screen.queryByText(/^Drop here/)).toBeNull();
  });

  it('moves an activity to the end of a chosen section', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    const nocturneCard = card('Nocturne run-through');
    expect(within(nocturneCard).getByRole('button', { name: 'Move down' }).hasAttribute('disabled')).toBe(true);
    await userEvent.selectOptions(within(nocturneCard).getByLabelText('Move to section'), 'Warm-up');
    await userEvent.click(within(nocturneCard).getByRole('button', { name: 'Move' }));
    expect(server.writes('POST')[0]?.body).toEqual({ section: 0, position: 1 });
  });

  it('removes an activity', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    await userEvent.click(within(card('Nocturne run-through')).getByRole('button', { name: 'Remove' }));
    expect(server.writes('DELETE')[0]?.path).toBe('/api/v1/fractals/f1/sessions/s1/activities/i-noc');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Nocturne run-through' })).toBeNull());
    expect(within(section('Repertoire')).getByText('No activities in this section.')).toBeTruthy();
  });

  it('adds an activity from the picker to the section it was opened in', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    await userEvent.click(screen.getByRole('button', { name: 'Add activity to Repertoire' }));
    const picker = screen.getByLabelText('Activity to add to Repertoire');
    expect(within(picker).getByRole('group', { name: 'Technique' })).toBeTruthy();
    await userEvent.selectOptions(picker, 'C major scale');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    const post = server.writes('POST')[0];
    expect(post?.path).toBe('/api/v1/fractals/f1/sessions/s1/activities');
    expect(post?.body).toEqual({ activityId: scale.id, section: 1 });
    expect(post?.headers['Idempotency-Key']).toMatch(/[0-9a-f-]{36}/);
    await waitFor(() => expect(within(section('Repertoire')).getAllByRole('article')).toHaveLength(2));
  });

  it('creates a new activity inline and adds it, showing a refused name next to the field', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    await userEvent.click(screen.getByRole('button', { name: 'Add activity to Warm-up' }));
    await userEvent.click(screen.getByRole('button', { name: 'New activity…' }));
    await userEvent.type(screen.getByLabelText('Activity name'), 'Taken');
    await userEvent.click(screen.getByRole('button', { name: 'Create and add' }));
    const name = screen.getByLabelText('Activity name');
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(name.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'There is already an activity with that name',
    );

    await userEvent.clear(name);
    await userEvent.type(name, 'Trills');
    await userEvent.click(screen.getByLabelText('Track sets'));
    await userEvent.click(screen.getByRole('button', { name: 'Add metric' }));
    await userEvent.type(screen.getByLabelText('Metric 1 name'), 'Speed');
    await userEvent.type(screen.getByLabelText('Metric 1 unit'), 'bpm');
    await userEvent.click(screen.getByRole('button', { name: 'Create and add' }));

    const posts = server.writes('POST');
    expect(posts.at(-2)?.body).toEqual({ name: 'Trills', hasSets: true, hasMetrics: true, metrics: [{ name: 'Speed', unit: 'bpm' }] });
    expect(posts.at(-1)?.body).toEqual({ activityId: 'act-new-1', section: 0 });
    await waitFor(() => expect(within(section('Warm-up')).getByRole('article', { name: 'Trills' })).toBeTruthy());
  });

  it('completes the session after confirming, then shows the achieved targets and offers to reopen', async () => {
    const server = new FakeSessionServer();
    server.targetsOnComplete = [{ targetId: 't1', goalId: 'stg', name: 'Scales 120×4', achievedAt: '2026-03-01T10:30:00Z' }];
    await loaded(server);
    await userEvent.click(screen.getByRole('button', { name: 'Complete session' }));
    expect(server.writes()).toEqual([]);
    expect(screen.getByText(/Complete this session now\?/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, complete it' }));

    const post = server.writes('POST')[0];
    expect(post?.path).toBe('/api/v1/fractals/f1/sessions/s1/complete');
    expect(post?.headers['If-Match']).toBe('"5"');
    expect(post?.headers['Idempotency-Key']).toBeTruthy();
    const targets = await screen.findByTestId('achieved-targets');
    expect(within(targets).getByRole('heading').textContent).toBe('Targets achieved (1)');
    expect(targets.textContent).toContain('Scales 120×4');
    expect(screen.getByTestId('session-status').textContent).toBe('Completed');

    await userEvent.click(screen.getByRole('button', { name: 'Reopen session' }));
    expect(server.writes('POST')[1]?.path).toBe('/api/v1/fractals/f1/sessions/s1/reopen');
    await waitFor(() => expect(screen.getByTestId('session-status').textContent).toBe('Open'));
  });

  it('explains a stale page (412) and reloads it', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    server.send.mockImplementationOnce(() => Promise.reject(problem(412, 'Precondition Failed', 'Stale version')));
    await userEvent.click(screen.getByRole('button', { name: 'Complete session' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, complete it' }));
    expect((await screen.findByRole('alert')).textContent).toContain('This session changed meanwhile');
    await waitFor(() => expect(server.calls.filter((call) => call.path.endsWith('/sessions/s1')).length).toBe(2));
  });

  it('renames the session and moves its start with If-Match', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    await userEvent.click(screen.getByRole('button', { name: 'Edit name and start' }));
    const name = screen.getByLabelText(/^Name/);
    await userEvent.clear(name);
    await userEvent.type(name, 'Evening practice');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const patch = server.writes('PATCH')[0];
    expect(patch?.body).toEqual({ name: 'Evening practice' });
    expect(patch?.headers['If-Match']).toBe('"5"');
    expect(await screen.findByRole('heading', { level: 1, name: 'Evening practice' })).toBeTruthy();
  });

  it('deletes the session after confirming and goes back to the list', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    await userEvent.click(screen.getByRole('button', { name: 'Delete session' }));
    expect(screen.getByText('Delete this session? This cannot be undone.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(server.writes('DELETE')[0]).toMatchObject({ path: '/api/v1/fractals/f1/sessions/s1', headers: { 'If-Match': '"5"' } });
    expect(await screen.findByRole('heading', { name: 'Sessions list' })).toBeTruthy();
  });

  it('lists and adds session notes', async () => {
    const server = new FakeSessionServer();
    await loaded(server);
    expect(await screen.findByText('No notes yet')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('New note'), 'Left hand was tired');
    await userEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(server.writes('POST')[0]?.body).toEqual({ context: 'session', contextId: 's1', text: 'Left hand was tired' });
    expect(await screen.findByText('Left hand was tired')).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('New note').value).toBe('');
  });

  it('shows every note of the session, page after page', async () => {
    const server = new FakeSessionServer();
    server.notesPageSize = 2;
    server.notes = ['First', 'Second', 'Third'].map((text, index) => ({
      id: `n-${index}`,
      context: 'session',
      contextId: 's1',
      sessionId: 's1',
      text,
      createdAt: '2026-11-20T10:00:00Z',
      updatedAt: '2026-11-20T10:00:00Z',
    }));
    await loaded(server);
    expect(await screen.findByText('Third')).toBeTruthy();
    expect(screen.getByText('First')).toBeTruthy();
    expect(screen.getByText('Second')).toBeTruthy();
  });

  it('says so when the session does not exist', async () => {
    const server = new FakeSessionServer();
    server.deleted = true;
    renderDetail(server);
    expect((await screen.findByRole('alert')).textContent).toContain('does not exist');
    expect(screen.getByRole('heading', { level: 1, name: 'Session' })).toBeTruthy();
  });

  it('offers adding a first activity to a session without sections', async () => {
    const server = new FakeSessionServer();
    server.session.sections = [];
    renderDetail(server);
    expect(await screen.findByText('No activities yet')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Add activity to this session' }));
    await userEvent.selectOptions(screen.getByLabelText('Activity to add to this session'), 'Nocturne run-through');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(server.writes('POST')[0]?.body).toEqual({ activityId: 'act-nocturne' });
    expect(await screen.findByRole('article', { name: 'Nocturne run-through' })).toBeTruthy();
  });
});
