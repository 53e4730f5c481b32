import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, NAME_MAX_LENGTH, mapServerFieldErrors, validateCreateFractal } from './validation';

describe('validateCreateFractal', () => {
  it('requires a name', () => {
    expect(validateCreateFractal(EMPTY_FORM)).toEqual({ ok: false, errors: { name: 'Name is required.' } });
    expect(validateCreateFractal({ ...EMPTY_FORM, name: '   ' })).toMatchObject({ ok: false });
  });

  it('limits the name to 200 characters', () => {
    const atLimit = validateCreateFractal({ ...EMPTY_FORM, name: 'a'.repeat(NAME_MAX_LENGTH) });
    expect(atLimit.ok).toBe(true);

    const tooLong = validateCreateFractal({ ...EMPTY_FORM, name: 'a'.repeat(NAME_MAX_LENGTH + 1) });
    expect(tooLong.ok).toBe(false);
    expect(!tooLong.ok && tooLong.errors.name).toMatch(/at most 200/);
  });

  it('builds a trimmed request and leaves out an empty description', () => {
    expect(validateCreateFractal({ name: '  Write a book ', description: '  ', level: 'MID_TERM' })).toEqual({
      ok: true,
      request: { name: 'Write a book', level: 'MID_TERM' },
    });
    expect(validateCreateFractal({ name: 'Write a book', description: ' 300 pages ', level: 'ULTIMATE' })).toEqual({
      ok: true,
      request: { name: 'Write a book', description: '300 pages', level: 'ULTIMATE' },
    });
  });

  it('defaults the level to ULTIMATE and rejects unknown levels', () => {
    expect(validateCreateFractal({ name: 'x', description: '', level: '' })).toEqual({
      ok: true,
      request: { name: 'x', level: 'ULTIMATE' },
    });
    const bad = validateCreateFractal({ name: 'x', description: '', level: 'WEEKLY' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.level).toBeTruthy();
  });
});

describe('mapServerFieldErrors', () => {
  it('puts known fields next to the inputs and keeps the rest', () => {
    expect(
      mapServerFieldErrors([
        { field: 'name', message: 'must not be blank' },
        { field: 'name', message: 'is taken' },
        { field: 'deadline', message: 'must be in the future' },
      ]),
    ).toEqual({
      fields: { name: 'must not be blank is taken' },
      other: ['deadline: must be in the future'],
    });
  });
});
