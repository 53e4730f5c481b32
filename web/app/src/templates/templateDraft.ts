import { moveItem } from '../activities/grouping';
import type { Template, TemplateRequest } from './types';

/** The server's limits (docs/templates.md). */
export const NAME_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const SECTIONS_MAX = 50;
export const MINUTES_MAX = 1440;
export const ACTIVITIES_PER_SECTION_MAX = 100;
/** A new section's planned minutes, as the original's builder proposed. */
export const DEFAULT_SECTION_MINUTES = 10;

export interface SectionDraft {
  /** Stable React key. */
  key: number;
  name: string;
  /** As typed, so that a half-typed number can be corrected. */
  plannedMinutes: string;
  activityIds: string[];
}

export interface TemplateDraft {
  name: string;
  description: string;
  sections: SectionDraft[];
  nextKey: number;
}

export type TemplateDraftAction =
  | { type: 'text'; field: 'name' | 'description'; value: string }
  | { type: 'addSection' }
  | { type: 'removeSection'; key: number }
  | { type: 'moveSection'; key: number; delta: number }
  | { type: 'sectionName'; key: number; value: string }
  | { type: 'sectionMinutes'; key: number; value: string }
  | { type: 'addActivity'; key: number; activityId: string }
  | { type: 'removeActivity'; key: number; index: number }
  | { type: 'moveActivity'; key: number; index: number; delta: number }
  | { type: 'moveActivityTo'; key: number; index: number; toKey: number };

export function emptyDraft(): TemplateDraft {
  return { name: '', description: '', sections: [newSection(0)], nextKey: 1 };
}

export function draftFromTemplate(template: Template): TemplateDraft {
  return {
    name: template.name,
    description: template.description ?? '',
    sections: template.sections.map((section, index) => ({
      key: index,
      name: section.name,
      plannedMinutes: String(section.plannedMinutes),
      activityIds: [...section.activityIds],
    })),
    nextKey: template.sections.length,
  };
}

function newSection(key: number): SectionDraft {
  return { key, name: '', plannedMinutes: String(DEFAULT_SECTION_MINUTES), activityIds: [] };
}

function updateSection(draft: TemplateDraft, key: number, change: (section: SectionDraft) => SectionDraft): TemplateDraft {
  return { ...draft, sections: draft.sections.map((section) => (section.key === key ? change(section) : section)) };
}

/** Every edit of the builder; move up/down and "move to section" stand in for dragging. */
export function templateDraftReducer(draft: TemplateDraft, action: TemplateDraftAction): TemplateDraft {
  switch (action.type) {
    case 'text':
      return { ...draft, [action.field]: action.value };
    case 'addSection':
      if (draft.sections.length >= SECTIONS_MAX) {
        return draft;
      }
      return { ...draft, sections: [...draft.sections, newSection(draft.nextKey)], nextKey: draft.nextKey + 1 };
    case 'removeSection':
      return { ...draft, sections: draft.sections.filter((section) => section.key !== action.key) };
    case 'moveSection': {
      const index = draft.sections.findIndex((section) => section.key === action.key);
      return { ...draft, sections: moveItem(draft.sections, index, action.delta) };
    }
    case 'sectionName':
      return updateSection(draft, action.key, (section) => ({ ...section, name: action.value }));
    case 'sectionMinutes':
      return updateSection(draft, action.key, (section) => ({ ...section, plannedMinutes: action.value }));
    case 'addActivity':
      return updateSection(draft, action.key, (section) =>
        section.activityIds.length >= ACTIVITIES_PER_SECTION_MAX
          ? section
          : { ...section, activityIds: [...section.activityIds, action.activityId] },
      );
    case 'removeActivity':
      return updateSection(draft, action.key, (section) => ({
        ...section,
        activityIds: section.activityIds.filter((_, index) => index !== action.index),
      }));
    case 'moveActivity':
      return updateSection(draft, action.key, (section) => ({
        ...section,
        activityIds: moveItem(section.activityIds, action.index, action.delta),
      }));
    case 'moveActivityTo': {
      const from = draft.sections.find((section) => section.key === action.key);
      const to = draft.sections.find((section) => section.key === action.toKey);
      const activityId = from?.activityIds[action.index];
      if (!from || !to || from === to || activityId === undefined || to.activityIds.length >= ACTIVITIES_PER_SECTION_MAX) {
        return draft;
      }
      return {
        ...draft,
        sections: draft.sections.map((section) => {
          if (section.key === from.key) {
            return { ...section, activityIds: section.activityIds.filter((_, index) => index !== action.index) };
          }
          return section.key === to.key ? { ...section, activityIds: [...section.activityIds, activityId] } : section;
        }),
      };
    }
  }
}

/** Whole minutes 1–1440 as typed, or null. */
export function parseMinutes(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) {
    return null;
  }
  const minutes = Number(trimmed);
  return minutes >= 1 && minutes <= MINUTES_MAX ? minutes : null;
}

/** The planned minutes of the sections that have a valid number. */
export function totalMinutes(draft: TemplateDraft): number {
  return draft.sections.reduce((sum, section) => sum + (parseMinutes(section.plannedMinutes) ?? 0), 0);
}

/** "2 sections • 40 min", as the template cards read. */
export function summaryLabel(sectionCount: number, minutes: number): string {
  return `${sectionCount} section${sectionCount === 1 ? '' : 's'} • ${minutes} min`;
}

export type TemplateDraftResult = { ok: true; request: TemplateRequest } | { ok: false; errors: Record<string, string> };

/** Checks the draft as the server does; errors are named like the server's (`sections[1].plannedMinutes`). */
export function validateTemplateDraft(draft: TemplateDraft): TemplateDraftResult {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (name === '') {
    errors.name = 'Template name is required';
  } else if (name.length > NAME_MAX) {
    errors.name = `At most ${NAME_MAX} characters (now ${name.length}).`;
  }
  const description = draft.description.trim();
  if (description.length > DESCRIPTION_MAX) {
    errors.description = `At most ${DESCRIPTION_MAX} characters (now ${description.length}).`;
  }
  if (draft.sections.length === 0) {
    errors.sections = 'Add at least one section to the template';
  } else if (draft.sections.length > SECTIONS_MAX) {
    errors.sections = `At most ${SECTIONS_MAX} sections`;
  }
  const sections = draft.sections.map((section, index) => {
    const at = `sections[${index}]`;
    const sectionName = section.name.trim();
    if (sectionName === '') {
      errors[`${at}.name`] = 'Section name is required';
    } else if (sectionName.length > NAME_MAX) {
      errors[`${at}.name`] = `At most ${NAME_MAX} characters`;
    }
    const minutes = parseMinutes(section.plannedMinutes);
    if (minutes === null) {
      errors[`${at}.plannedMinutes`] = `Whole minutes between 1 and ${MINUTES_MAX}`;
    }
    if (section.activityIds.length > ACTIVITIES_PER_SECTION_MAX) {
      errors[`${at}.activityIds`] = `At most ${ACTIVITIES_PER_SECTION_MAX} activities`;
    }
    return { name: sectionName, plannedMinutes: minutes ?? 0, activityIds: [...section.activityIds] };
  });
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, request: { name, description: description === '' ? null : description, sections } };
}

/** Fields that server errors may name, so each message sits next to its input. */
export function templateDraftFields(draft: TemplateDraft): string[] {
  const fields = ['name', 'description', 'sections'];
  draft.sections.forEach((_, index) =>
    fields.push(`sections[${index}].name`, `sections[${index}].plannedMinutes`, `sections[${index}].activityIds`),
  );
  return fields;
}
