import { describe, expect, it } from 'vitest';
import { tree } from './testFixtures';
import {
  programGoalOptions,
  validateBlock,
  validateDay,
  validateProgram,
  weekdayDates,
  type DayFormValues,
} from './programForms';

const program = { startDate: '2026-03-25', endDate: '2026-05-31' };
const block = { startDate: '2026-04-01', endDate: '2026-04-20' };

describe('validateProgram', () => {
  it('asks for a name, both dates, an end after the start and a goal', () => {
    expect(validateProgram({ name: ' ', description: '', startDate: '', endDate: '', goalIds: [] })).toEqual({
      ok: false,
      errors: {
        name: 'Program name is required',
        startDate: 'Start date is required',
        endDate: 'End date is required',
        goalIds: 'At least one goal must be selected',
      },
    });
    const sameDay = validateProgram({ name: 'P', description: '', startDate: '2026-04-01', endDate: '2026-04-01', goalIds: ['g'] });
    expect(sameDay).toEqual({ ok: false, errors: { endDate: 'End date must be after start date' } });
  });

  it('builds the request, each goal once', () => {
    expect(
      validateProgram({
        name: ' Spring Recital ',
        description: '',
        startDate: '2026-03-25',
        endDate: '2026-05-31',
        goalIds: ['mtg', 'stg', 'mtg'],
      }),
    ).toEqual({
      ok: true,
      request: { name: 'Spring Recital', description: null, startDate: '2026-03-25', endDate: '2026-05-31', goalIds: ['mtg', 'stg'] },
    });
  });

  it('offers the long-, mid- and short-term goals of the tree in tree order', () => {
    expect(programGoalOptions(tree).map((goal) => [goal.name, goal.depth])).toEqual([
      ['Master nocturnes', 1],
      ['Op. 9 No. 2', 2],
      ['Hands together at 60 bpm', 3],
    ]);
    expect(programGoalOptions(undefined)).toEqual([]);
  });
});

describe('validateBlock', () => {
  it('keeps a block inside its program, its end not before its start', () => {
    expect(validateBlock({ name: 'Base', startDate: '2026-04-10', endDate: '2026-04-09', color: '#00ff00' }, program)).toEqual({
      ok: false,
      errors: { endDate: 'End date cannot be before start date' },
    });
    expect(validateBlock({ name: '', startDate: '2026-03-01', endDate: '2026-04-09', color: 'green' }, program)).toEqual({
      ok: false,
      errors: {
        name: 'Block name is required',
        startDate: 'Must lie inside the program (2026-03-25 – 2026-05-31)',
        color: 'Colour must be #RRGGBB',
      },
    });
  });

  it('sends the colour in upper case, and allows a one-day block', () => {
    expect(validateBlock({ name: 'Test', startDate: '2026-04-10', endDate: '2026-04-10', color: '#2a9d8f' }, program)).toEqual({
      ok: true,
      request: { name: 'Test', startDate: '2026-04-10', endDate: '2026-04-10', color: '#2A9D8F' },
    });
  });
});

describe('days', () => {
  const values: DayFormValues = { name: 'Monday Drills', templateIds: ['t1'], mode: 'weekday', date: '', dayOfWeek: 'MONDAY' };

  it('lists the weekdays of a block', () => {
    expect(weekdayDates(block, 'MONDAY')).toEqual(['2026-04-06', '2026-04-13', '2026-04-20']);
    expect(weekdayDates(block, 'WEDNESDAY')).toEqual(['2026-04-01', '2026-04-08', '2026-04-15']);
    expect(weekdayDates({ startDate: '2026-04-07', endDate: '2026-04-08' }, 'MONDAY')).toEqual([]);
  });

  it('sends a weekday, a date, or neither for an abstract day', () => {
    expect(validateDay(values, block)).toEqual({ ok: true, request: { name: 'Monday Drills', templateIds: ['t1'], dayOfWeek: 'MONDAY' } });
    expect(validateDay({ ...values, mode: 'date', date: '2026-04-02' }, block)).toEqual({
      ok: true,
      request: { name: 'Monday Drills', templateIds: ['t1'], date: '2026-04-02' },
    });
    expect(validateDay({ ...values, mode: 'abstract' }, block)).toEqual({
      ok: true,
      request: { name: 'Monday Drills', templateIds: ['t1'] },
    });
  });

  it('refuses a day without name or template, a date outside the block and a weekday it lacks', () => {
    expect(validateDay({ ...values, name: '', templateIds: [], mode: 'date', date: '2026-04-21' }, block)).toEqual({
      ok: false,
      errors: {
        name: 'Day name is required',
        templateIds: 'Pick at least one template',
        date: 'The date must lie inside the block (2026-04-01 – 2026-04-20)',
      },
    });
    expect(validateDay(values, { startDate: '2026-04-07', endDate: '2026-04-08' })).toEqual({
      ok: false,
      errors: { dayOfWeek: 'No MONDAY lies inside the block' },
    });
  });
});
