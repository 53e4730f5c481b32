// @vitest-environment happy-dom
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import '../../test/fakes';
import { problem } from '../../test/fakes';
import { ConfirmButton } from './ConfirmButton';
import { useWrite } from './write';

describe('ConfirmButton', () => {
  it('asks first, focusing Cancel, and confirms once asked', async () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    render(<ConfirmButton label="Delete" ariaLabel="Delete Base" question="Delete the block Base?" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Base' }));
    expect(screen.getByRole('group', { name: 'Delete the block Base?' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
      await Promise.resolve();
    });
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('goes back to its button on Escape without confirming', () => {
    const onConfirm = vi.fn(() => Promise.resolve());
    render(<ConfirmButton label="Unschedule" question="Unschedule it?" onConfirm={onConfirm} />);
    fireEvent.click(screen.getByRole('button', { name: 'Unschedule' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' });
    expect(screen.queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Unschedule' }));
    expect(onConfirm).not.toHaveBeenCalled();
  });
});

describe('useWrite', () => {
  it('runs one write at a time and keeps the failure until cleared', async () => {
    const { result } = renderHook(() => useWrite());
    let finish: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      finish = resolve;
    });
    let first: Promise<boolean> = Promise.resolve(false);
    act(() => {
      first = result.current.run(() => slow);
    });
    expect(result.current.pending).toBe(true);
    const second = vi.fn(() => Promise.resolve());
    let secondDone = true;
    await act(async () => {
      secondDone = await result.current.run(second);
    });
    expect(secondDone).toBe(false);
    expect(second).not.toHaveBeenCalled();
    await act(async () => {
      finish();
      expect(await first).toBe(true);
    });
    expect(result.current.pending).toBe(false);

    const failure = problem(412, 'Precondition Failed', 'Someone changed it');
    await act(async () => {
      expect(await result.current.run(() => Promise.reject(failure))).toBe(false);
    });
    expect(result.current.error).toBe(failure);
    act(() => result.current.clearError());
    expect(result.current.error).toBeUndefined();
  });
});
