/** The summary's entity names (as the command service's ImportContext names them), in the order shown. */
const ENTITY_LABELS: Record<string, string> = {
  goals: 'Goals',
  targets: 'Targets',
  activityGroups: 'Activity groups',
  activities: 'Activities',
  templates: 'Session templates',
  programs: 'Programs',
  programBlocks: 'Program blocks',
  programDays: 'Program days',
  sessions: 'Sessions',
  sessionGoalLinks: 'Goals linked to sessions',
  activityInstances: 'Activities done in sessions',
  sets: 'Sets',
  metricValues: 'Recorded values',
  notes: 'Notes',
};

const KNOWN_ORDER = Object.keys(ENTITY_LABELS);

/** `activityGroups` → "Activity groups"; an entity this page does not know yet is spelt out from its name. */
export function entityLabel(entity: string): string {
  const known = ENTITY_LABELS[entity];
  if (known) {
    return known;
  }
  const words = entity
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : entity;
}

/** The counts in a stable, meaningful order: known entities as listed above, then any others by name. */
export function orderedCounts(counts: Record<string, number>): [string, number][] {
  const rank = (entity: string) => {
    const index = KNOWN_ORDER.indexOf(entity);
    return index === -1 ? KNOWN_ORDER.length : index;
  };
  return Object.entries(counts).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}
