// @vitest-environment happy-dom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routeApi, type SentCall } from '../activities/common/fakeRoutes';
import { problem, renderInApp } from '../test/fakes';
import { recital, tree } from './testFixtures';
import { ProgramsPage } from './ProgramsPage';

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
const PROGRAMS = `${BASE}/programs`;

function setup(programs: unknown = { items: [recital], nextCursor: null }, onSend?: (call: SentCall) => unknown) {
  const fake = routeApi({ [PROGRAMS]: programs, [`${BASE}/tree`]: tree }, onSend);
  renderInApp(
    <Routes>
      <Route path="/fractals/:fractalId/programs" element={<ProgramsPage />} />
      <Route path="/fractals/:fractalId/programs/:programId" element={<p>Program page</p>} />
    </Routes>,
    { path: '/fractals/f1/programs', api: fake.api },
  );
  return fake;
}

describe('ProgramsPage', () => {
  it('lists programs with their dates, target goals by level and blocks with the Active badge', async () => {
    setup();
    const card = await screen.findByTestId('program-card');
    expect(within(card).getByRole('link', { name: 'Spring Recital' }).getAttribute('href')).toBe('/fractals/f1/programs/p1');
    await waitFor(() => expect(within(card).getByText('Op. 9 No. 2').previousElementSibling?.textContent).toBe('Mid-term'));
    const blocks = within(card).getByRole('list', { name: 'Blocks of Spring Recital' });
    const [base, peak] = within(blocks).getAllByRole('listitem');
    expect(base?.textContent).toContain('Base');
    expect(base?.textContent).toContain('Active');
    expect(peak?.textContent).not.toContain('Active');
  });

  it('checks a new program as the server would, then creates it and opens it', async () => {
    const fake = setup({ items: [], nextCursor: null });
    await user.click(await screen.findByRole('button', { name: 'Plan the first program' }));
    const form = screen.getByTestId('program-form');
    await user.type(within(form).getByLabelText('Program name'), 'Spring Recital');
    await user.type(within(form).getByLabelText('Start date'), '2026-04-10');
    await user.type(within(form).getByLabelText('End date'), '2026-04-10');
    await user.click(within(form).getByRole('button', { name: 'Create program' }));
    expect(form.textContent).toContain('End date must be after start date');
    expect(form.textContent).toContain('At least one goal must be selected');
    expect(fake.sent).toHaveLength(0);

    const end = within(form).getByLabelText('End date');
    await user.clear(end);
    await user.type(end, '2026-06-08');
    expect(within(form).getByTestId('program-weeks').textContent).toBe('Length: 9 weeks');
    expect(within(form).queryByLabelText(/Bars 1–8/)).toBeNull();
    await user.click(await within(form).findByLabelText(/Op\. 9 No\. 2/));
    await user.click(within(form).getByRole('button', { name: 'Create program' }));

    expect(fake.sent[0]).toMatchObject({
      method: 'POST',
      path: PROGRAMS,
      body: { name: 'Spring Recital', startDate: '2026-04-10', endDate: '2026-06-08', goalIds: ['mtg'] },
    });
    expect(fake.sent[0]?.headers['Idempotency-Key']).toBeTruthy();
    expect(await screen.findByText('Program page')).toBeTruthy();
  });

  it('shows a goal refused by the server under the goals', async () => {
    setup({ items: [], nextCursor: null }, () =>
      problem(400, 'Invalid program', 'The program is not valid.', [{ field: 'goalIds[0]', message: 'Not a long-, mid- or short-term goal' }]),
    );
    await user.click(await screen.findByRole('button', { name: 'New program' }));
    const form = screen.getByTestId('program-form');
    await user.type(within(form).getByLabelText('Program name'), 'P');
    await user.type(within(form).getByLabelText('Start date'), '2026-04-10');
    await user.type(within(form).getByLabelText('End date'), '2026-05-10');
    await user.click(await within(form).findByLabelText(/Master nocturnes/));
    await user.click(within(form).getByRole('button', { name: 'Create program' }));
    const goals = await within(form).findByRole('group', { name: 'Target goals' });
    await waitFor(() => expect(goals.textContent).toContain('Not a long-, mid- or short-term goal'));
    expect(within(form).getByRole('alert').textContent).toContain('The program is not valid.');
  });

  it('warns how many sessions lose their program before deleting', async () => {
    const fake = setup(undefined, () => ({ affectedSessions: 2 }));
    await user.click(await screen.findByRole('button', { name: 'Delete Spring Recital' }));
    expect(screen.getByText(/2 sessions will lose their association to this program/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(fake.sent[0]).toMatchObject({ method: 'DELETE', path: `${PROGRAMS}/p1`, headers: { 'If-Match': '"9"' } });
  });
});
