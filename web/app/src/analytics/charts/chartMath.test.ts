import { describe, expect, it } from 'vitest';
import {
  bands,
  chartFrame,
  cumulative,
  labelEvery,
  labelsThatFit,
  linePath,
  share,
  snapWidth,
  sortByTime,
  treeDepths,
} from './chartMath';

describe('linePath', () => {
  it('moves to the first point and draws lines to the others, rounded to a tenth', () => {
    expect(linePath([])).toBe('');
    expect(linePath([{ x: 10, y: 20 }])).toBe('M10,20');
    expect(
      linePath([
        { x: 56, y: 200 },
        { x: 100.04, y: 120.26 },
        { x: 464, y: 14 },
      ]),
    ).toBe('M56,200 L100,120.3 L464,14');
  });
});

describe('sortByTime', () => {
  it('orders by time, keeps the server order for equal times and drops unreadable times', () => {
    const sorted = sortByTime([
      { at: '2026-01-03T10:00:00Z', id: 'b1' },
      { at: '2026-01-01T10:00:00Z', id: 'a' },
      { at: 'not a time', id: 'x' },
      { at: '2026-01-03T10:00:00Z', id: 'b2' },
    ]);
    expect(sorted.map((point) => point.id)).toEqual(['a', 'b1', 'b2']);
    expect(sorted[0]?.time).toBe(Date.parse('2026-01-01T10:00:00Z'));
  });
});

describe('cumulative', () => {
  it('counts the events up in time order', () => {
    expect(
      cumulative([
        { at: '2026-02-01T00:00:00Z', name: 'second' },
        { at: '2026-01-01T00:00:00Z', name: 'first' },
      ]).map((event) => [event.name, event.total]),
    ).toEqual([
      ['first', 1],
      ['second', 2],
    ]);
  });
});

describe('labelEvery', () => {
  it('labels every bar while they fit, else every n-th', () => {
    expect(labelEvery(5, 7)).toBe(1);
    expect(labelEvery(7, 7)).toBe(1);
    expect(labelEvery(8, 7)).toBe(2);
    expect(labelEvery(52, 7)).toBe(8);
  });
});

describe('bands', () => {
  it('splits the width into equal bands with centred bars', () => {
    expect(bands(0, 0, 100)).toEqual([]);
    expect(bands(2, 0, 100, 0.5)).toEqual([
      { x: 12.5, width: 25, center: 25 },
      { x: 62.5, width: 25, center: 75 },
    ]);
  });
});

describe('treeDepths', () => {
  it('gives each goal the depth below the root, from tree order', () => {
    const depths = treeDepths([
      { id: 'root', parentId: null },
      { id: 'a', parentId: 'root' },
      { id: 'a1', parentId: 'a' },
      { id: 'b', parentId: 'root' },
      { id: 'orphan', parentId: 'gone' },
    ]);
    expect(Object.fromEntries(depths)).toEqual({ root: 0, a: 1, a1: 2, b: 1, orphan: 0 });
  });
});

describe('share', () => {
  it('is the percentage of the maximum, clamped, and 0 when nothing is there', () => {
    expect(share(30, 120)).toBe(25);
    expect(share(5, 0)).toBe(0);
    expect(share(200, 100)).toBe(100);
  });
});

describe('chartFrame', () => {
  it('draws at the container width, with a height that follows it within bounds', () => {
    expect(chartFrame(480)).toEqual({ width: 480, height: 240, left: 52, right: 466, top: 14, bottom: 200 });
    expect(chartFrame(300).height).toBe(220);
    expect(chartFrame(900).height).toBe(320);
  });

  it('fits fewer labels on a phone', () => {
    expect(labelsThatFit(chartFrame(480))).toBe(5);
    expect(labelsThatFit(chartFrame(280))).toBe(2);
  });

  it('snaps measured widths to steps of 10 px within bounds', () => {
    expect(snapWidth(333.4)).toBe(330);
    expect(snapWidth(100)).toBe(260);
    expect(snapWidth(2000)).toBe(960);
  });
});
