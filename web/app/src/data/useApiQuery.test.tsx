// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../test/fakes';
import { useApiQuery } from './useApiQuery';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useApiQuery', () => {
  it('loads, then shows the data', async () => {
    const fetcher = vi.fn(() => Promise.resolve(['a', 'b']));
    const { result } = renderHook(() => useApiQuery('list', fetcher));
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.data).toEqual(['a', 'b']));
    expect(result.current.loading).toBe(false);
    expect(result.current.error).toBeUndefined();
  });

  it('keeps the data on a failed reload and clears the error after a successful one', async () => {
    let answer: () => Promise<number> = () => Promise.resolve(1);
    const { result } = renderHook(() => useApiQuery('n', () => answer()));
    await waitFor(() => expect(result.current.data).toBe(1));

    answer = () => Promise.reject(new Error('offline'));
    act(() => result.current.reload());
    expect(result.current.loading).toBe(true);
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.data).toBe(1);
    expect(result.current.error).toBeInstanceOf(Error);

    answer = () => Promise.resolve(2);
    act(() => result.current.reload());
    await waitFor(() => expect(result.current.data).toBe(2));
    expect(result.current.error).toBeUndefined();
  });

  it('drops an answer for a previous key and aborts its request', async () => {
    const first = deferred<string>();
    const signals: AbortSignal[] = [];
    const { result, rerender } = renderHook(({ id }: { id: string }) =>
      useApiQuery(`item:${id}`, (signal) => {
        signals.push(signal);
        return id === 'a' ? first.promise : Promise.resolve('B');
      }),
    { initialProps: { id: 'a' } });

    rerender({ id: 'b' });
    await waitFor(() => expect(result.current.data).toBe('B'));
    expect(signals[0]?.aborted).toBe(true);
    await act(async () => {
      first.resolve('A');
      await first.promise;
    });
    expect(result.current.data).toBe('B');
  });

  it('waits while the key is null', () => {
    const fetcher = vi.fn(() => Promise.resolve(1));
    const { result } = renderHook(() => useApiQuery(null, fetcher));
    expect(fetcher).not.toHaveBeenCalled();
    expect(result.current.loading).toBe(false);
    expect(result.current.data).toBeUndefined();
  });
});
