import type { SessionSection } from '../types';

/** Sections may have no name (one made by adding an activity to a session without sections). */
export function sectionName(section: Pick<SessionSection, 'name'>, index: number): string {
  return section.name?.trim() ? section.name : `Section ${index + 1}`;
}
