// @vitest-environment happy-dom
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../test/fakes';
import { GoalGraph } from './GoalGraph';
import { pianistTree } from './test/fixtures';

function transform(): string {
  return screen.getByTestId('goal-graph').querySelector('svg > g')?.getAttribute('transform') ?? '';
}

/** The zoom shown next to the buttons, as a number. */
function zoom(): number {
  return Number(screen.getByTestId('goal-graph').parentElement?.querySelector('.graph-zoom')?.textContent.replace('%', ''));
}

function renderGraph(onSelect = vi.fn(), lineage: ReadonlySet<string> | null = null) {
  render(<GoalGraph root={pianistTree()} selectedId={null} lineage={lineage} onSelect={onSelect} />);
  return onSelect;
}

describe('GoalGraph', () => {
  it('draws one focusable node per goal and one edge per parent link', () => {
    renderGraph();
    const nodes = screen.getAllByTestId('goal-node');
    expect(nodes).toHaveLength(6);
    expect(nodes.every((node) => node.getAttribute('tabindex') === '0')).toBe(true);
    expect(screen.getByTestId('goal-graph').querySelectorAll('path.graph-edge')).toHaveLength(5);
    expect(screen.getByRole('button', { name: /^Master nocturnes, Long-term goal$/ }).textContent).toContain('Long-term');
  });

  it('pans with the arrow keys and zooms with the keys and buttons, Fit going back', async () => {
    renderGraph();
    const fitted = transform();
    screen.getByTestId('goal-graph').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(transform()).not.toBe(fitted);
    await userEvent.click(screen.getByRole('button', { name: 'Fit' }));
    expect(transform()).toBe(fitted);

    const fittedZoom = zoom();
    screen.getByTestId('goal-graph').focus();
    await userEvent.keyboard('+');
    expect(zoom()).toBeCloseTo(fittedZoom * 1.25, -1);
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    expect(zoom()).toBeCloseTo(fittedZoom * 0.8, -1);
    screen.getByTestId('goal-graph').focus();
    await userEvent.keyboard('0');
    expect(transform()).toBe(fitted);
  });

  it('zooms with the wheel without scrolling the page', () => {
    renderGraph();
    const fittedZoom = zoom();
    const svg = screen.getByTestId('goal-graph').querySelector('svg')!;
    const wheel = new WheelEvent('wheel', { deltaY: -100, clientX: 100, clientY: 100, cancelable: true, bubbles: true });
    fireEvent(svg, wheel);
    expect(wheel.defaultPrevented).toBe(true);
    expect(zoom()).toBeCloseTo(fittedZoom * 1.25, -1);
  });

  it('selects a goal with Enter, Space or a click, but not at the end of a drag', async () => {
    const onSelect = renderGraph();
    const node = screen.getByRole('button', { name: /^Sight reading,/ });
    node.focus();
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect).toHaveBeenLastCalledWith('g-sight-reading');

    const svg = screen.getByTestId('goal-graph').querySelector('svg')!;
    const before = transform();
    fireEvent.pointerDown(svg, { pointerId: 1, button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerMove(svg, { pointerId: 1, clientX: 60, clientY: 40 });
    fireEvent.pointerUp(svg, { pointerId: 1, clientX: 60, clientY: 40 });
    fireEvent.click(node);
    expect(transform()).not.toBe(before);
    expect(onSelect).toHaveBeenCalledTimes(2);

    fireEvent.click(node);
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('dims what is outside the lineage', () => {
    renderGraph(vi.fn(), new Set(['g-become-a-pianist', 'g-sight-reading']));
    expect(screen.getByRole('button', { name: /^Sight reading,/ }).getAttribute('class')).not.toContain('is-dimmed');
    expect(screen.getByRole('button', { name: /^Op\. 9 No\. 2,/ }).getAttribute('class')).toContain('is-dimmed');
    expect(screen.getByTestId('goal-graph').querySelectorAll('path.is-dimmed')).toHaveLength(4);
  });
});
