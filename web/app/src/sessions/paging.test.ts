import { describe, expect, it } from 'vitest';
import { currentCursor, nextPage, pageNumber, pagingFor, parseStatus, previousPage, type Paging } from './paging';

describe('paging', () => {
  it('walks forward with the cursors the server hands out and back by popping them', () => {
    let paging: Paging = { status: 'all', cursors: [] };
    expect(currentCursor(paging)).toBeNull();
    paging = nextPage(paging, 'c1');
    paging = nextPage(paging, 'c2');
    expect(currentCursor(paging)).toBe('c2');
    expect(pageNumber(paging)).toBe(3);
    paging = previousPage(paging);
    expect(currentCursor(paging)).toBe('c1');
    paging = previousPage(previousPage(paging));
    expect(currentCursor(paging)).toBeNull();
    expect(pageNumber(paging)).toBe(1);
  });

  it('starts at the first page when the filter changes', () => {
    const paging: Paging = { status: 'open', cursors: ['c1'] };
    expect(pagingFor(paging, 'open')).toBe(paging);
    expect(pagingFor(paging, 'completed')).toEqual({ status: 'completed', cursors: [] });
  });

  it('reads the filter from the address', () => {
    expect(parseStatus('open')).toBe('open');
    expect(parseStatus('completed')).toBe('completed');
    expect(parseStatus(null)).toBe('all');
    expect(parseStatus('weird')).toBe('all');
  });
});
