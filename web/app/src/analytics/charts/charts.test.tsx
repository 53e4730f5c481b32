// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../test/fakes';
import type { ApiQuery } from '../../data/useApiQuery';
import { QueryState } from '../QueryState';
import { BarChart } from './BarChart';
import { chartFrame, DEFAULT_WIDTH } from './chartMath';
import { LineChart } from './LineChart';
import { ScatterChart } from './ScatterChart';

describe('LineChart', () => {
  it('draws one dot per point from left to right, the highest value at the top of the axis', () => {
    const { container } = render(
      <LineChart
        label="Tempo over time"
        points={[
          { time: Date.UTC(2026, 0, 1, 10), value: 100, title: 'first' },
          { time: Date.UTC(2026, 0, 3, 10), value: 125, title: 'second' },
        ]}
      />,
    );
    const svg = screen.getByRole('img', { name: 'Tempo over time' });
    const frame = chartFrame(DEFAULT_WIDTH);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${frame.width} ${frame.height}`);
    const dots = [...container.querySelectorAll('circle')];
    const [first, second] = dots.map((dot) => ({ x: Number(dot.getAttribute('cx')), y: Number(dot.getAttribute('cy')) }));
    expect(first!.x).toBeLessThan(second!.x);
    expect(first!.y).toBeGreaterThan(second!.y);
    expect(first!.y).toBeLessThan(frame.bottom);
    expect(second!.y).toBeGreaterThan(frame.top);
    expect(dots.map((dot) => dot.querySelector('title')?.textContent)).toEqual(['first', 'second']);
    // 5 % room around 100–125 and round ticks: no dot sits on the axis line.
    expect([...container.querySelectorAll('.axis-y text')].map((text) => text.textContent)).toEqual([
      '90',
      '100',
      '110',
      '120',
      '130',
    ]);
  });

  it('draws a single point without dividing by zero', () => {
    const { container } = render(<LineChart label="One" points={[{ time: Date.UTC(2026, 0, 1), value: 5, title: 'only' }]} />);
    const dot = container.querySelector('circle');
    expect(Number.isFinite(Number(dot?.getAttribute('cx')))).toBe(true);
    expect(Number.isFinite(Number(dot?.getAttribute('cy')))).toBe(true);
  });
});

describe('ScatterChart', () => {
  it('places points by both values and titles both axes', () => {
    const { container } = render(
      <ScatterChart
        label="Reps against tempo"
        xTitle="Tempo (bpm)"
        yTitle="Reps"
        points={[
          { key: 'a', x: 120, y: 3, title: 'a' },
          { key: 'b', x: 125, y: 2, title: 'b' },
        ]}
      />,
    );
    const [a, b] = [...container.querySelectorAll('circle')].map((dot) => [Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy'))]);
    expect(a![0]).toBeLessThan(b![0]!);
    expect(a![1]).toBeLessThan(b![1]!);
    expect([...container.querySelectorAll('.axis-title')].map((title) => title.textContent)).toEqual(['Reps', 'Tempo (bpm)']);
  });
});

describe('BarChart', () => {
  it('labels every n-th bar when there are many, but titles every bar', () => {
    const bars = Array.from({ length: 10 }, (_, index) => ({ key: `w${index}`, label: `W${index}`, title: `Week ${index}`, value: index }));
    // The default plot is 414 px wide: five labels of 80 px fit.
    const { container } = render(<BarChart label="Per week" bars={bars} labelWidth={80} />);
    expect(container.querySelectorAll('rect.bar')).toHaveLength(10);
    expect([...container.querySelectorAll('.axis-x text')].map((text) => text.textContent)).toEqual(['W0', 'W2', 'W4', 'W6', 'W8']);
    const zero = container.querySelector('rect.bar');
    expect(zero?.getAttribute('height')).toBe('0');
  });
});

describe('QueryState', () => {
  function query<T>(overrides: Partial<ApiQuery<T>>): ApiQuery<T> {
    return { data: undefined, error: undefined, loading: false, reload: vi.fn(), ...overrides };
  }

  it('catches a drawing that throws and retries it with a reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let broken = true;
    const reload = vi.fn();
    render(
      <QueryState query={query({ data: [1], reload })} what="The chart" isEmpty={() => false} empty={null}>
        {() => {
          if (broken) {
            throw new Error('bad path');
          }
          return <p>drawn</p>;
        }}
      </QueryState>,
    );
    expect(screen.getByRole('heading', { name: 'The chart could not be shown' })).toBeTruthy();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('says it is loading, and shows the empty state for no data', () => {
    const { rerender } = render(
      <QueryState query={query<number[]>({ loading: true })} what="Trends" isEmpty={(data) => data.length === 0} empty={<p>none</p>}>
        {() => <p>drawn</p>}
      </QueryState>,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading trends…');
    rerender(
      <QueryState query={query<number[]>({ data: [] })} what="Trends" isEmpty={(data) => data.length === 0} empty={<p>none</p>}>
        {() => <p>drawn</p>}
      </QueryState>,
    );
    expect(screen.getByText('none')).toBeTruthy();
  });
});
