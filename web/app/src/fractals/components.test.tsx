import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import type { FractalSummary } from '../api/types';
import { CreateFractalForm } from './CreateFractalForm';
import { FractalList, goalCountLabel } from './FractalList';

const fractal: FractalSummary = {
  id: 'f1',
  name: 'Run a marathon',
  description: 'Sub 4 hours',
  level: 'LONG_TERM',
  deadline: null,
  createdAt: '2026-01-01T00:00:00Z',
  goalCount: 3,
  completedGoalCount: 1,
};

// The list links each fractal to its pages, which needs a router around it.
function inRouter(element: ReactElement): string {
  return renderToStaticMarkup(<MemoryRouter>{element}</MemoryRouter>);
}

describe('FractalList', () => {
  it('says so when there are no fractals', () => {
    expect(inRouter(<FractalList fractals={[]} />)).toContain('No fractals yet');
  });

  it('shows name, level and goal count for each fractal', () => {
    const html = inRouter(<FractalList fractals={[fractal, { ...fractal, id: 'f2', name: 'B' }]} />);
    expect(html.match(/<li /g)).toHaveLength(2);
    expect(html).toContain('Run a marathon');
    expect(html).toContain('Long-term');
    expect(html).toContain('3 goals, 1 completed');
    expect(html).toContain('href="/fractals/f1/goals"');
  });

  it('shows the day each fractal was created, in the local calendar', () => {
    const createdAt = '2026-03-14T12:00:00Z';
    const html = inRouter(<FractalList fractals={[{ ...fractal, createdAt }]} />);
    expect(html).toContain(`Created ${new Date(createdAt).toLocaleDateString()}`);
    expect(inRouter(<FractalList fractals={[fractal]} />)).toContain(`Created ${new Date(fractal.createdAt).toLocaleDateString()}`);
  });

  it('labels goal counts', () => {
    expect(goalCountLabel(0, 0)).toBe('0 goals');
    expect(goalCountLabel(1, 0)).toBe('1 goal, 0 completed');
  });
});

describe('CreateFractalForm', () => {
  it('has labelled fields and a submit button', () => {
    const html = renderToStaticMarkup(<CreateFractalForm onCreate={async () => {}} />);
    expect(html).toMatch(/<label for="([^"]+)-name">Name<\/label><input id="\1-name"/);
    expect(html).toMatch(/<input[^>]*required=""[^>]*maxLength="200"/);
    expect(html).toContain('<textarea');
    expect(html).toMatch(/<option value="ULTIMATE" selected="">Ultimate<\/option>/);
    expect(html).toMatch(/<button type="submit"[^>]*>Create fractal<\/button>/);
    expect(html).not.toContain('style=');
  });
});
