// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../test/fakes';
import { ErrorBoundary } from './ErrorBoundary';

let broken = true;

function Fragile() {
  if (broken) {
    throw new Error('The chart exploded');
  }
  return <p>Chart drawn</p>;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('shows the failure with Retry, and Retry renders the children again', async () => {
    // React logs caught render errors; they are expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    const onRetry = vi.fn();
    render(
      <div>
        <p>Navigation stays</p>
        <ErrorBoundary label="The chart could not be shown" onRetry={onRetry}>
          <Fragile />
        </ErrorBoundary>
      </div>,
    );
    expect(screen.getByRole('heading', { name: 'The chart could not be shown' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('The chart exploded');
    expect(screen.getByText('Navigation stays')).toBeTruthy();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Chart drawn')).toBeTruthy();
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('uses a custom fallback when given', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <ErrorBoundary
        fallback={(error, retry) => (
          <button type="button" onClick={retry}>
            Again ({error instanceof Error ? error.message : '?'})
          </button>
        )}
      >
        <Fragile />
      </ErrorBoundary>,
    );
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Again (The chart exploded)' }));
    expect(screen.getByText('Chart drawn')).toBeTruthy();
  });
});
