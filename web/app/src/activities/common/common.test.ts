import { describe, expect, it, vi } from 'vitest';
import { problem } from '../../test/fakes';
import { addDays, daysBetween, isIsoDate, localDateOfInstant, localIsoDate, weekdayIndex } from './dates';
import { formFieldErrors } from './fieldErrors';
import { fetchAllPages, pagePath } from './pages';
import { IdempotencyKeys } from '../../fractals/idempotency';
import { ifMatch, isRetryable, postOnce, type WriteApi } from './write';

describe('dates', () => {
  it('recognises real YYYY-MM-DD dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-1-01')).toBe(false);
  });

  it('adds days and counts them across months, years and daylight-saving changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayIndex('2026-06-01')).toBe(0);
    expect(weekdayIndex('2025-06-01')).toBe(6);
  });

  it('takes the local date of the browser, also for instants', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
    expect(localDateOfInstant(new Date(2026, 6, 4, 12).toISOString())).toBe('2026-07-04');
    expect(localDateOfInstant(null)).toBeNull();
    expect(localDateOfInstant('nonsense')).toBeNull();
  });
});

describe('fetchAllPages', () => {
  it('follows nextCursor to the last page', async () => {
    const cursors: (string | null)[] = [];
    const pages: Record<string, { items: number[]; nextCursor: string | null }> = {
      first: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: 'c' },
      c: { items: [4], nextCursor: null },
    };
    const items = await fetchAllPages((cursor) => {
      cursors.push(cursor);
      return Promise.resolve(pages[cursor ?? 'first']!);
    });
    expect(items).toEqual([1, 2, 3, 4]);
    expect(cursors).toEqual([null, 'b', 'c']);
  });

  it('stops on a repeated cursor and on an unpaged answer', async () => {
    let calls = 0;
    const items = await fetchAllPages(() => {
      calls++;
      return Promise.resolve({ items: [calls], nextCursor: 'same' });
    });
    expect(items).toEqual([1, 2]);
    expect(await fetchAllPages(() => Promise.resolve({ items: ['x'] }))).toEqual(['x']);
  });

  it('writes limit and cursor into the path', () => {
    expect(pagePath('/api/v1/x', null)).toBe('/api/v1/x?limit=50');
    expect(pagePath('/api/v1/x', 'a b', 10)).toBe('/api/v1/x?limit=10&cursor=a+b');
  });
});

describe('formFieldErrors', () => {
  it('puts errors on list items onto the list field and keeps the rest apart', () => {
    const error = problem(400, 'Invalid', 'Invalid program', [
      { field: 'goalIds[1]', message: 'Not a goal of this fractal' },
      { field: 'sections[0].name', message: 'Section name is required' },
      { field: 'sections[2].activityIds[3]', message: 'No such activity' },
      { field: 'name', message: 'Program name is required' },
      { field: 'other', message: 'odd' },
    ]);
    expect(formFieldErrors(error, ['name', 'goalIds', 'sections[0].name', 'sections[2].activityIds', 'sections'])).toEqual({
      goalIds: 'Not a goal of this fractal',
      'sections[0].name': 'Section name is required',
      'sections[2].activityIds': 'No such activity',
      name: 'Program name is required',
      '': 'odd',
    });
  });

  it('never lets a section name error land on the form name', () => {
    const error = problem(400, 'Invalid', undefined, [{ field: 'sections[4].name', message: 'Section name is required' }]);
    expect(formFieldErrors(error, ['name', 'sections'])).toEqual({ sections: 'Section name is required' });
  });
});

describe('writes', () => {
  it('sends If-Match only for a known version', () => {
    expect(ifMatch(7)).toEqual({ 'If-Match': '"7"' });
    expect(ifMatch(null)).toEqual({});
  });

  it('retries with the same key only after failures that may have gone through', () => {
    expect(isRetryable(problem(503, 'Unavailable'))).toBe(true);
    expect(isRetryable(problem(400, 'Bad'))).toBe(false);
    expect(isRetryable(new Error('network'))).toBe(true);
  });
});

describe('postOnce', () => {
  it('reuses the Idempotency-Key only to retry the same request after a failure that may have gone through', async () => {
    const answers: unknown[] = [problem(503, 'Unavailable'), { id: 'b1' }, { id: 'b2' }, problem(400, 'Bad'), { id: 'b3' }];
    const keys: string[] = [];
    const send = vi.fn((_method: string, _path: string, _body?: unknown, headers: Record<string, string> = {}) => {
      keys.push(headers['Idempotency-Key'] ?? '');
      const answer = answers.shift();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve({ body: answer, consistencyToken: null });
    });
    const api = { send } as unknown as WriteApi;
    let counter = 0;
    const idempotency = new IdempotencyKeys(() => `key-${++counter}`);
    const body = { name: 'Base' };

    await expect(postOnce(api, idempotency, '/blocks', body)).rejects.toThrow();
    expect(await postOnce(api, idempotency, '/blocks', body)).toEqual({ id: 'b1' });
    expect(await postOnce(api, idempotency, '/blocks', body)).toEqual({ id: 'b2' });
    await expect(postOnce(api, idempotency, '/blocks', body)).rejects.toThrow();
    await postOnce(api, idempotency, '/blocks', body);
    expect(keys).toEqual(['key-1', 'key-1', 'key-2', 'key-3', 'key-4']);
  });
});
