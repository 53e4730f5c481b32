// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, type ListFractalsOptions } from '../api/client';
import type { CreateFractalRequest, FractalPage, FractalSummary } from '../api/types';
import { FractalsPage, type FractalsApi } from './FractalsPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function fractal(id: string, name: string): FractalSummary {
  return {
    id,
    name,
    description: null,
    level: 'ULTIMATE',
    deadline: null,
    createdAt: '2026-01-01T00:00:00Z',
    goalCount: 0,
    completedGoalCount: 0,
  };
}

/** An in-memory backend behind the ApiClient interface. */
class FakeApi implements FractalsApi {
  fractals: FractalSummary[] = [];
  listCalls: ListFractalsOptions[] = [];
  createCalls: { request: CreateFractalRequest; key: string }[] = [];
  failNextCreate: ApiError | null = null;
  pageSize = 50;

  listFractals = vi.fn(async (options: ListFractalsOptions = {}): Promise<FractalPage> => {
    this.listCalls.push(options);
    const start = options.cursor ? Number(options.cursor) : 0;
    const end = start + this.pageSize;
    return {
      items: this.fractals.slice(start, end),
      nextCursor: end < this.fractals.length ? String(end) : null,
    };
  });

  createFractal = vi.fn(async (request: CreateFractalRequest, key: string) => {
    this.createCalls.push({ request, key });
    if (this.failNextCreate) {
      const error = this.failNextCreate;
      this.failNextCreate = null;
      throw error;
    }
    const id = `id-${this.fractals.length + 1}`;
    this.fractals.push({ ...fractal(id, request.name), level: request.level ?? 'ULTIMATE' });
    return { id, consistencyToken: `ct-${id}` };
  });
}

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function render(api: FractalsApi) {
  await act(async () => {
    root.render(
      <MemoryRouter>
        <FractalsPage api={api} />
      </MemoryRouter>,
    );
  });
}

function byLabel(text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent.startsWith(text));
  const control = label && container.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`);
  if (!control) {
    throw new Error(`No control labelled ${text}`);
  }
  return control;
}

async function type(element: HTMLInputElement | HTMLSelectElement, value: string) {
  await act(async () => {
    const prototype = Object.getPrototypeOf(element) as object;
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event(element.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

async function click(text: string) {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === text);
  if (!button) {
    throw new Error(`No button ${text}`);
  }
  await act(async () => {
    button.click();
  });
}

const items = () => [...container.querySelectorAll('li')].map((li) => li.querySelector('.fractal-name')?.textContent);

describe('FractalsPage', () => {
  it('shows the empty state, then the created fractal after a consistent reload', async () => {
    const api = new FakeApi();
    await render(api);
    expect(container.querySelector('h1')?.textContent).toBe('Your fractals');
    expect(container.textContent).toContain('No fractals yet');
    expect(api.listCalls).toEqual([{ consistencyToken: null }]);

    await type(byLabel('Name'), '  Learn the cello ');
    await type(byLabel('Level'), 'SHORT_TERM');
    await click('Create fractal');

    expect(api.createCalls).toHaveLength(1);
    expect(api.createCalls[0]?.request).toEqual({ name: 'Learn the cello', level: 'SHORT_TERM' });
    expect(api.listCalls.at(-1)).toEqual({ consistencyToken: 'ct-id-1' });
    expect(items()).toEqual(['Learn the cello']);
    expect(container.querySelector('li')?.textContent).toContain('Short-term');
    expect(byLabel('Name').value).toBe('');
  });

  it('validates before sending and shows server errors next to the fields', async () => {
    const api = new FakeApi();
    await render(api);

    await click('Create fractal');
    expect(api.createCalls).toHaveLength(0);
    expect(container.textContent).toContain('Name is required.');
    expect(byLabel('Name').getAttribute('aria-invalid')).toBe('true');

    api.failNextCreate = new ApiError(400, {
      status: 400,
      title: 'Bad Request',
      detail: 'The fractal is not valid.',
      errors: [{ field: 'name', message: 'already used' }],
    });
    await type(byLabel('Name'), 'Duplicate');
    await click('Create fractal');

    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The fractal is not valid.');
    const name = byLabel('Name');
    expect(container.querySelector(`#${CSS.escape(name.getAttribute('aria-describedby') ?? '')}`)?.textContent).toBe(
      'already used',
    );
  });

  it('reuses the Idempotency-Key when the same submit is retried after a failure', async () => {
    const api = new FakeApi();
    await render(api);
    api.failNextCreate = new ApiError(0, { detail: 'The server could not be reached.' });

    await type(byLabel('Name'), 'Retry me');
    await click('Create fractal');
    await click('Create fractal');

    expect(api.createCalls).toHaveLength(2);
    expect(api.createCalls[0]?.key).toBe(api.createCalls[1]?.key);
    expect(items()).toEqual(['Retry me']);

    await type(byLabel('Name'), 'Another one');
    await click('Create fractal');
    expect(api.createCalls[2]?.key).not.toBe(api.createCalls[1]?.key);
  });

  it('loads more pages with the cursor', async () => {
    const api = new FakeApi();
    api.pageSize = 2;
    api.fractals = [fractal('a', 'A'), fractal('b', 'B'), fractal('c', 'C')];
    await render(api);
    expect(items()).toEqual(['A', 'B']);

    await click('Load more');

    expect(api.listCalls.at(-1)).toMatchObject({ cursor: '2' });
    expect(items()).toEqual(['A', 'B', 'C']);
    expect([...container.querySelectorAll('button')].some((b) => b.textContent === 'Load more')).toBe(false);
  });
});
