// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { problem } from '../test/fakes';
import { fieldErrorsByName, toProblem } from './problem';
import { ProblemMessage } from './ProblemMessage';

const invalid = problem(400, 'Invalid request', 'The goal is not valid.', [
  { field: 'name', message: 'must not be blank' },
  { field: 'name', message: 'is too long' },
  { field: 'request.deadline', message: 'must be in the future' },
  { field: 'thresholds[0].value', message: 'must be a number' },
  { field: 'somethingElse', message: 'is odd' },
]);

describe('fieldErrorsByName', () => {
  it('maps field errors to the form fields, joining several and keeping the rest under ""', () => {
    expect(fieldErrorsByName(invalid, ['name', 'deadline', 'threshold'], { 'thresholds[0].value': 'threshold' })).toEqual(
      {
        name: 'must not be blank is too long',
        deadline: 'must be in the future',
        threshold: 'must be a number',
        '': 'is odd',
      },
    );
  });

  it('is empty for errors without field errors', () => {
    expect(fieldErrorsByName(new Error('boom'), ['name'])).toEqual({});
    expect(fieldErrorsByName(problem(404, 'Not found'), ['name'])).toEqual({});
  });
});

describe('toProblem', () => {
  it('turns anything thrown into a problem', () => {
    expect(toProblem(invalid).title).toBe('Invalid request');
    expect(toProblem(new Error('boom'))).toEqual({ title: 'Something went wrong', detail: 'boom' });
    expect(toProblem('?')).toEqual({ title: 'Something went wrong' });
  });
});

describe('ProblemMessage', () => {
  it('shows title, detail and field errors, with Retry when asked', async () => {
    const onRetry = vi.fn();
    render(<ProblemMessage error={invalid} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Invalid request');
    expect(alert.textContent).toContain('The goal is not valid.');
    expect(alert.textContent).toContain('must be in the future');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('leaves field errors to the form when told so', () => {
    render(<ProblemMessage error={invalid} hideFieldErrors />);
    expect(screen.getByRole('alert').textContent).not.toContain('must be in the future');
  });
});
