// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient, ListFractalsOptions } from '../api/client';
import type { FractalSummary } from '../api/types';
import { problem, renderInApp } from '../test/fakes';
import { deleteFractal } from './deleteFractal';
import { FractalsPage, type FractalsApi } from './FractalsPage';

function fractal(id: string, name: string): FractalSummary {
  return {
    id,
    name,
    description: null,
    level: 'ULTIMATE',
    deadline: null,
    createdAt: '2026-01-01T00:00:00Z',
    goalCount: 1,
    completedGoalCount: 0,
  };
}

/** A backend holding a list of fractals that DELETE removes from, answering with a consistency token. */
function backend(failWith: Error | null = null) {
  let fractals = [fractal('f1', 'Become a pianist'), fractal('f2', 'Run a marathon')];
  const listFractals = vi.fn((options?: ListFractalsOptions) =>
    Promise.resolve({ items: [...fractals], nextCursor: options?.cursor ?? null }),
  );
  const send = vi.fn((method: string, path: string, _body?: unknown, headers?: Record<string, string>) => {
    if (failWith) {
      return Promise.reject(failWith);
    }
    const id = path.split('/').at(-1);
    fractals = fractals.filter((entry) => entry.id !== id);
    return Promise.resolve({ body: undefined, consistencyToken: `ct-${method}-${id ?? ''}-${Object.keys(headers ?? {}).join()}` });
  });
  const api: FractalsApi = {
    listFractals,
    createFractal: vi.fn(),
    send: send as ApiClient['send'],
  };
  return { api, listFractals, send };
}

const names = () => [...document.querySelectorAll('.fractal-name')].map((link) => link.textContent);

describe('deleting a fractal', () => {
  it('asks for the exact name before DELETE, then reloads the list with the consistency token', async () => {
    const { api, listFractals, send } = backend();
    renderInApp(<FractalsPage api={api} />);
    await waitFor(() => expect(names()).toEqual(['Become a pianist', 'Run a marathon']));

    await userEvent.click(screen.getByRole('button', { name: 'Delete Become a pianist' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Become a pianist”?' });
    const confirm = within(dialog).getByRole('textbox', { name: 'Type Become a pianist to confirm' });
    expect(document.activeElement).toBe(confirm);
    const button = within(dialog).getByRole('button', { name: 'Delete fractal' });
    expect(button).toHaveProperty('disabled', true);

    await userEvent.type(confirm, 'become a pianist');
    expect(button).toHaveProperty('disabled', true);
    await userEvent.clear(confirm);
    await userEvent.type(confirm, 'Become a pianist ');
    expect(button).toHaveProperty('disabled', true);
    await userEvent.type(confirm, '{Backspace}');
    expect(button).toHaveProperty('disabled', false);
    expect(send).not.toHaveBeenCalled();

    await userEvent.click(button);
    expect(send).toHaveBeenCalledWith('DELETE', '/api/v1/fractals/f1', undefined, {});
    await waitFor(() => expect(names()).toEqual(['Run a marathon']));
    expect(listFractals).toHaveBeenLastCalledWith({ consistencyToken: 'ct-DELETE-f1-' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your fractals' }));
  });

  it('shows the problem in the dialog and keeps the fractal when the delete fails', async () => {
    const { api } = backend(problem(409, 'Conflict', 'The fractal changed meanwhile.'));
    renderInApp(<FractalsPage api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Run a marathon' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox'), 'Run a marathon');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete fractal' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('The fractal changed meanwhile.');
    expect(names()).toEqual(['Become a pianist', 'Run a marathon']);
    expect(within(dialog).getByRole('button', { name: 'Delete fractal' })).toHaveProperty('disabled', false);
  });

  it('closes on Cancel or Escape without sending anything', async () => {
    const { api, send } = backend();
    renderInApp(<FractalsPage api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Run a marathon' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Delete Run a marathon' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('offers no Delete without a client that can send', async () => {
    const { api } = backend();
    renderInApp(<FractalsPage api={{ listFractals: api.listFractals, createFractal: api.createFractal }} />);
    await waitFor(() => expect(names()).toHaveLength(2));
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });
});

describe('deleteFractal', () => {
  it('sends If-Match when the list gives a version', async () => {
    const send = vi.fn(() => Promise.resolve({ body: undefined, consistencyToken: 'ct' }));
    const versioned = { ...fractal('f9', 'Versioned'), version: 7 };
    expect(await deleteFractal({ send: send as ApiClient['send'] }, versioned)).toBe('ct');
    expect(send).toHaveBeenCalledWith('DELETE', '/api/v1/fractals/f9', undefined, { 'If-Match': '"7"' });
  });
});
