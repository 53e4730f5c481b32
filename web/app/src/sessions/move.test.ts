import { describe, expect, it } from 'vitest';
import { applyMove, dropAtEnd, dropBefore, locate, moveDown, moveToSection, moveUp, type SectionIds } from './move';

const sections: SectionIds[] = [
  { instances: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
  { instances: [] },
  { instances: [{ id: 'd' }] },
];

const ids = (result: SectionIds[]) => result.map((section) => section.instances.map((instance) => instance.id));

describe('keyboard moves', () => {
  it('moves one place up and down inside a section', () => {
    expect(moveUp(sections, 'b')).toEqual({ section: 0, position: 0 });
    expect(moveDown(sections, 'b')).toEqual({ section: 0, position: 2 });
    expect(ids(applyMove(sections, 'b', { section: 0, position: 2 }))[0]).toEqual(['a', 'c', 'b']);
  });

  it('crosses into the neighbouring section at the edges, and stops at the very top and bottom', () => {
    expect(moveDown(sections, 'c')).toEqual({ section: 1, position: 0 });
    expect(moveUp(sections, 'd')).toEqual({ section: 1, position: 0 });
    expect(moveUp(sections, 'a')).toBeNull();
    expect(moveDown(sections, 'd')).toBeNull();
    expect(moveUp(sections, 'nope')).toBeNull();
  });

  it('moves to the end of another section', () => {
    expect(moveToSection(sections, 'a', 2)).toEqual({ section: 2, position: 1 });
    expect(moveToSection(sections, 'a', 1)).toEqual({ section: 1, position: 0 });
    expect(moveToSection(sections, 'a', 0)).toBeNull();
    expect(moveToSection(sections, 'a', 5)).toBeNull();
    expect(ids(applyMove(sections, 'a', { section: 2, position: 1 }))).toEqual([['b', 'c'], [], ['d', 'a']]);
  });
});

describe('drag and drop', () => {
  it('takes the place of the card it is dropped on, counting without itself', () => {
    expect(dropBefore(sections, 'a', 0, 2)).toEqual({ section: 0, position: 1 });
    expect(ids(applyMove(sections, 'a', { section: 0, position: 1 }))[0]).toEqual(['b', 'a', 'c']);
    expect(dropBefore(sections, 'c', 0, 0)).toEqual({ section: 0, position: 0 });
    expect(dropBefore(sections, 'b', 2, 0)).toEqual({ section: 2, position: 0 });
  });

  it('goes to the end of a section dropped on its end zone', () => {
    expect(dropAtEnd(sections, 'a', 0)).toEqual({ section: 0, position: 2 });
    expect(dropAtEnd(sections, 'a', 1)).toEqual({ section: 1, position: 0 });
    expect(dropAtEnd(sections, 'a', 2)).toEqual({ section: 2, position: 1 });
  });

  it('asks nothing when the card would stay where it is', () => {
    expect(dropBefore(sections, 'b', 0, 1)).toBeNull();
    expect(dropBefore(sections, 'a', 0, 1)).toBeNull();
    expect(dropAtEnd(sections, 'c', 0)).toBeNull();
    expect(dropAtEnd(sections, 'x', 0)).toBeNull();
  });

  it('finds where an instance is', () => {
    expect(locate(sections, 'd')).toEqual({ section: 2, index: 0 });
    expect(locate(sections, 'x')).toBeNull();
  });
});
