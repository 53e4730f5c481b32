import { describe, expect, it } from 'vitest';
import { problem } from '../test/fakes';
import {
  EMPTY_CREATE_FORM,
  SHORT_TERM_GOAL_NEEDED,
  buildCreateSessionBody,
  createBlockedReason,
  mapCreateSessionErrors,
  type CreateSessionForm,
} from './createSessionBody';
import type { SelectableGoal } from './types';
import { toLocalInput } from './duration';

const form = (overrides: Partial<CreateSessionForm>): CreateSessionForm => ({ ...EMPTY_CREATE_FORM, ...overrides });

describe('buildCreateSessionBody', () => {
  it('builds an empty session starting now, linked to the chosen goals once each', () => {
    expect(buildCreateSessionBody(form({ goalIds: ['g1', 'g2', 'g1'] }))).toEqual({ ok: true, body: { goalIds: ['g1', 'g2'] } });
  });

  it('builds a session from a template with a name and new immediate goals', () => {
    const result = buildCreateSessionBody(
      form({
        source: 'template',
        templateId: 't1',
        name: '  Evening practice ',
        goalIds: ['stg'],
        newGoals: [{ key: '1', parentId: 'stg', name: ' Left-hand arpeggios ' }],
      }),
    );
    expect(result).toEqual({
      ok: true,
      body: {
        templateId: 't1',
        name: 'Evening practice',
        goalIds: ['stg'],
        newImmediateGoals: [{ parentId: 'stg', name: 'Left-hand arpeggios' }],
      },
    });
  });

  it('builds a session from a program day with the day template', () => {
    const result = buildCreateSessionBody(
      form({ source: 'program', programDayId: 'd1', programTemplateId: 't2', goalIds: ['g'] }),
    );
    expect(result).toEqual({ ok: true, body: { programDayId: 'd1', templateId: 't2', goalIds: ['g'] } });
  });

  it('accepts a new immediate goal as the only goal', () => {
    const result = buildCreateSessionBody(form({ newGoals: [{ key: '1', parentId: 'stg', name: 'Bars 9–16' }] }));
    expect(result).toEqual({ ok: true, body: { goalIds: [], newImmediateGoals: [{ parentId: 'stg', name: 'Bars 9–16' }] } });
  });

  it('plans a session without a start, or starts it at a typed time', () => {
    expect(buildCreateSessionBody(form({ goalIds: ['g'], start: 'later' }))).toEqual({
      ok: true,
      body: { goalIds: ['g'], startedAt: null },
    });
    const startAt = toLocalInput('2026-04-01T18:30:00Z');
    expect(buildCreateSessionBody(form({ goalIds: ['g'], start: 'at', startAt }))).toEqual({
      ok: true,
      body: { goalIds: ['g'], startedAt: '2026-04-01T18:30:00Z' },
    });
  });

  it('says what is missing next to each field', () => {
    const result = buildCreateSessionBody(
      form({ source: 'template', start: 'at', newGoals: [{ key: '7', parentId: 'stg', name: ' ' }], name: 'x'.repeat(201) }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual({
      source: 'Choose a template.',
      'newGoal:7': 'Name the new goal, or remove it.',
      name: 'At most 200 characters (it has 201).',
      startAt: 'Enter the date and time the session starts.',
    });
    expect(buildCreateSessionBody(form({}))).toEqual({
      ok: false,
      errors: { goals: 'Select at least one goal, or add a new immediate goal.' },
    });
    expect(buildCreateSessionBody(form({ source: 'program', goalIds: ['g'] }))).toEqual({
      ok: false,
      errors: { source: 'Choose a program day.' },
    });
  });
});

describe('mapCreateSessionErrors', () => {
  it('puts the server field errors next to the fields of the form', () => {
    const withGoals = form({ newGoals: [{ key: 'a', parentId: 'p', name: 'A' }, { key: 'b', parentId: 'p', name: 'B' }] });
    const error = problem(400, 'Invalid request', 'The session is not valid.', [
      { field: 'newImmediateGoals[1].parentId', message: 'Immediate goals go under a short-term goal' },
      { field: 'goalIds[0]', message: 'There is no such goal in this fractal' },
      { field: 'templateId', message: 'There is no such template in this fractal' },
      { field: 'startedAt', message: 'Invalid instant' },
      { field: 'description', message: 'Too long' },
    ]);
    expect(mapCreateSessionErrors(error, withGoals)).toEqual({
      'newGoal:b': 'Immediate goals go under a short-term goal',
      goals: 'There is no such goal in this fractal',
      source: 'There is no such template in this fractal',
      startAt: 'Invalid instant',
      '': 'Too long',
    });
    expect(mapCreateSessionErrors(new Error('offline'), withGoals)).toEqual({});
  });
});

describe('createBlockedReason', () => {
  const selectable: SelectableGoal[] = [
    {
      id: 'stg',
      name: 'Hands together at 60 bpm',
      level: 'SHORT_TERM',
      deadline: null,
      description: null,
      immediateGoals: [{ id: 'ig', name: 'Bars 1–8', level: 'IMMEDIATE', deadline: null }],
    },
  ];

  it('blocks a session from a template until a short-term goal is ticked', () => {
    const fromTemplate = form({ source: 'template', templateId: 't1' });
    expect(createBlockedReason(fromTemplate, selectable)).toBe(SHORT_TERM_GOAL_NEEDED);
    expect(SHORT_TERM_GOAL_NEEDED).toMatch(/select at least one short-term goal/i);
    expect(createBlockedReason({ ...fromTemplate, goalIds: ['ig'] }, selectable)).toBe(SHORT_TERM_GOAL_NEEDED);
    expect(createBlockedReason({ ...fromTemplate, goalIds: ['mtg'] }, selectable)).toBe(SHORT_TERM_GOAL_NEEDED);
    expect(createBlockedReason({ ...fromTemplate, goalIds: ['stg'] }, undefined)).toBe(SHORT_TERM_GOAL_NEEDED);
    expect(createBlockedReason({ ...fromTemplate, goalIds: ['ig', 'stg'] }, selectable)).toBeNull();
  });

  it('leaves the other sources to the checks on Create', () => {
    expect(createBlockedReason(form({ source: 'empty' }), selectable)).toBeNull();
    expect(createBlockedReason(form({ source: 'program', programDayId: 'd1' }), selectable)).toBeNull();
  });
});
