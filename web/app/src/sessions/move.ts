import type { MoveTarget } from './types';

/** What the move calculations need of a session: the instance ids of each section, in order. */
export interface SectionIds {
  instances: readonly { id: string }[];
}

export interface Location {
  section: number;
  index: number;
}

export function locate(sections: readonly SectionIds[], instanceId: string): Location | null {
  for (let section = 0; section < sections.length; section++) {
    const index = sections[section]?.instances.findIndex((instance) => instance.id === instanceId) ?? -1;
    if (index >= 0) {
      return { section, index };
    }
  }
  return null;
}

const sizeOf = (sections: readonly SectionIds[], section: number) => sections[section]?.instances.length ?? 0;

/**
 * The server's move semantics (docs/sessions.md): `position` counts in the target section *without* the
 * moved instance. This applies a move the same way, so the UI can tell a move that changes nothing.
 */
export function applyMove<T extends SectionIds>(sections: readonly T[], instanceId: string, target: MoveTarget): T[] {
  const from = locate(sections, instanceId);
  if (!from) {
    return [...sections];
  }
  const moved = sections[from.section]?.instances[from.index];
  const without = sections.map((section, index) =>
    index === from.section ? { ...section, instances: section.instances.filter((instance) => instance.id !== instanceId) } : section,
  );
  return without.map((section, index) => {
    if (index !== target.section || !moved) {
      return section;
    }
    const instances = [...section.instances];
    instances.splice(target.position, 0, moved);
    return { ...section, instances };
  });
}

/** Null when the instance would end up where it is. */
function unlessUnchanged(sections: readonly SectionIds[], instanceId: string, target: MoveTarget): MoveTarget | null {
  const from = locate(sections, instanceId);
  if (!from) {
    return null;
  }
  const to = locate(applyMove(sections, instanceId, target), instanceId);
  return to && to.section === from.section && to.index === from.index ? null : target;
}

/** One place up; from the top of a section to the end of the section above. Null at the very top. */
export function moveUp(sections: readonly SectionIds[], instanceId: string): MoveTarget | null {
  const from = locate(sections, instanceId);
  if (!from) {
    return null;
  }
  if (from.index > 0) {
    return { section: from.section, position: from.index - 1 };
  }
  return from.section > 0 ? { section: from.section - 1, position: sizeOf(sections, from.section - 1) } : null;
}

/** One place down; from the bottom of a section to the top of the section below. Null at the very bottom. */
export function moveDown(sections: readonly SectionIds[], instanceId: string): MoveTarget | null {
  const from = locate(sections, instanceId);
  if (!from) {
    return null;
  }
  if (from.index < sizeOf(sections, from.section) - 1) {
    return { section: from.section, position: from.index + 1 };
  }
  return from.section < sections.length - 1 ? { section: from.section + 1, position: 0 } : null;
}

/** To the end of another section (the "move to section" select). */
export function moveToSection(sections: readonly SectionIds[], instanceId: string, section: number): MoveTarget | null {
  const from = locate(sections, instanceId);
  if (!from || from.section === section || section < 0 || section >= sections.length) {
    return null;
  }
  return { section, position: sizeOf(sections, section) };
}

/** Dropped on the instance at `index` of `section`: it takes that instance's place, the others move down. */
export function dropBefore(sections: readonly SectionIds[], instanceId: string, section: number, index: number): MoveTarget | null {
  const from = locate(sections, instanceId);
  if (!from) {
    return null;
  }
  // Counting without the moved instance: the ones after it in its own section move up by one.
  const position = from.section === section && from.index < index ? index - 1 : index;
  return unlessUnchanged(sections, instanceId, { section, position });
}

/** Dropped on a section's end zone: the end of that section. */
export function dropAtEnd(sections: readonly SectionIds[], instanceId: string, section: number): MoveTarget | null {
  const from = locate(sections, instanceId);
  if (!from) {
    return null;
  }
  const size = sizeOf(sections, section) - (from.section === section ? 1 : 0);
  return unlessUnchanged(sections, instanceId, { section, position: size });
}
