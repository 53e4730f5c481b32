import type { GoalNode, Program, ProgramBlock } from './types';

/** Test data shared by the program tests: "Spring Recital" with the blocks Base and Peak. */
export const base: ProgramBlock = {
  id: 'b1',
  name: 'Base',
  startDate: '2026-04-01',
  endDate: '2026-04-20',
  color: '#2A9D8F',
  goalIds: ['mtg'],
  active: true,
  days: [
    { id: 'd1', name: 'Monday Drills', date: '2026-04-06', dayNumber: 1, templateIds: ['t1'], completed: true, sessionIds: ['s1'] },
    { id: 'd2', name: 'Monday Drills', date: '2026-04-13', dayNumber: 2, templateIds: ['t1'], completed: false, sessionIds: [] },
    { id: 'd3', name: 'Technique Day', date: null, dayNumber: 3, templateIds: ['t1', 't2'], completed: false, sessionIds: ['s2'] },
  ],
};

export const peak: ProgramBlock = {
  id: 'b2',
  name: 'Peak',
  startDate: '2026-04-21',
  endDate: '2026-05-31',
  color: '#E76F51',
  goalIds: [],
  active: false,
  days: [],
};

export const recital: Program = {
  id: 'p1',
  fractalId: 'f1',
  name: 'Spring Recital',
  description: 'Get the nocturne on stage',
  startDate: '2026-03-25',
  endDate: '2026-05-31',
  active: true,
  goalIds: ['mtg'],
  goalDeadlines: [{ goalId: 'mtg', deadline: '2026-04-18' }],
  sessionCount: 2,
  blocks: [base, peak],
  sessions: [
    { id: 's1', dayId: 'd1', templateId: 't1', startedAt: '2026-04-06T12:00:00Z', completed: true },
    { id: 's2', dayId: 'd3', templateId: 't1', startedAt: '2026-04-15T12:00:00Z', completed: false },
  ],
  createdAt: '2026-03-20T00:00:00Z',
  updatedAt: '2026-03-20T00:00:00Z',
  version: 9,
};

export const tree: GoalNode = {
  id: 'root',
  parentId: null,
  level: 'ULTIMATE',
  name: 'Become a pianist',
  completed: false,
  deadline: null,
  children: [
    {
      id: 'ltg',
      parentId: 'root',
      level: 'LONG_TERM',
      name: 'Master nocturnes',
      completed: false,
      deadline: null,
      children: [
        {
          id: 'mtg',
          parentId: 'ltg',
          level: 'MID_TERM',
          name: 'Op. 9 No. 2',
          completed: false,
          deadline: '2026-04-18',
          children: [
            {
              id: 'stg',
              parentId: 'mtg',
              level: 'SHORT_TERM',
              name: 'Hands together at 60 bpm',
              completed: false,
              deadline: null,
              children: [
                { id: 'ig', parentId: 'stg', level: 'IMMEDIATE', name: 'Bars 1–8', completed: false, deadline: null, children: [] },
              ],
            },
          ],
        },
      ],
    },
  ],
};
