// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { problem } from '../test/fakes';
import { ConfirmDialog } from './ConfirmDialog';

function Harness({ onConfirm, error = null }: { onConfirm: () => void; error?: unknown }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Delete goal
      </button>
      {open && (
        <ConfirmDialog title="Delete this goal?" confirmLabel="Delete" danger pending={false} error={error} onConfirm={onConfirm} onCancel={() => setOpen(false)}>
          <p>It goes with its children.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

describe('ConfirmDialog', () => {
  it('is a labelled modal that starts on Cancel and keeps Tab inside', async () => {
    render(<Harness onConfirm={vi.fn()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete goal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this goal?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-describedby') && document.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe(
      'It goes with its children.',
    );
    expect(document.activeElement?.textContent).toBe('Cancel');
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Delete');
    await userEvent.tab();
    expect(document.activeElement?.textContent).toBe('Cancel');
    await userEvent.tab({ shift: true });
    expect(document.activeElement?.textContent).toBe('Delete');
  });

  it('cancels with Escape and gives the focus back to the button that opened it', async () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Delete goal' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('confirms with its button and shows a failure inside', async () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} error={problem(409, 'Conflict', 'Someone else was faster')} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete goal' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    expect(screen.getByRole('alert').textContent).toContain('Someone else was faster');
  });
});
