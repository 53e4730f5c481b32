import { formatDateTime } from '../duration';
import type { AchievedTarget } from '../types';

/** The targets this session's evidence achieved (v1.2 meant to show this banner here too, §4.2). */
export function AchievedTargets({ targets }: { targets: readonly AchievedTarget[] }) {
  if (targets.length === 0) {
    return null;
  }
  return (
    <section className="ses-achieved" aria-labelledby="achieved-heading" data-testid="achieved-targets">
      <h2 id="achieved-heading">Targets achieved ({targets.length})</h2>
      <ul>
        {targets.map((target) => (
          <li key={target.targetId}>
            <span className="ses-achieved-name">{target.name}</span>{' '}
            <span className="muted">{formatDateTime(target.achievedAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
