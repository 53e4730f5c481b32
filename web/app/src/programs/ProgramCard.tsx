import { Link } from 'react-router-dom';
import { ConfirmButton } from '../activities/common/ConfirmButton';
import { formatDateRange } from '../activities/common/dates';
import { ColorSwatch } from './ColorSwatch';
import { LEVEL_NAMES, type GoalOption } from './programForms';
import type { Program } from './types';

interface ProgramCardProps {
  fractalId: string;
  program: Program;
  goalsById: ReadonlyMap<string, GoalOption>;
  onDelete: () => Promise<unknown>;
}

/** "2 sessions will lose their association to this program", the original's warning before deleting. */
export function deleteProgramQuestion(program: Pick<Program, 'name' | 'sessionCount'>): string {
  const sessions =
    program.sessionCount === 0
      ? 'No sessions are linked to it.'
      : `${program.sessionCount} session${program.sessionCount === 1 ? '' : 's'} will lose their association to this program (the sessions stay).`;
  return `Delete the program “${program.name}” with its blocks and days? ${sessions}`;
}

/** Target goals grouped by level, in the order of the levels. */
export function goalsByLevel(goalIds: readonly string[], goalsById: ReadonlyMap<string, GoalOption>) {
  const groups = new Map<string, string[]>();
  for (const goalId of goalIds) {
    const goal = goalsById.get(goalId);
    if (goal) {
      groups.set(goal.level, [...(groups.get(goal.level) ?? []), goal.name]);
    }
  }
  return Object.keys(LEVEL_NAMES)
    .filter((level) => groups.has(level))
    .map((level) => ({ level, label: LEVEL_NAMES[level] ?? level, names: groups.get(level) ?? [] }));
}

export function ProgramCard({ fractalId, program, goalsById, onDelete }: ProgramCardProps) {
  const levels = goalsByLevel(program.goalIds, goalsById);
  return (
    <li className="plan-card program-card" data-testid="program-card">
      <h2>
        <Link to={`/fractals/${encodeURIComponent(fractalId)}/programs/${encodeURIComponent(program.id)}`}>{program.name}</Link>
      </h2>
      <p className="muted">
        {formatDateRange(program.startDate, program.endDate)}
        {!program.active && ' · inactive'}
      </p>
      {program.description && <p className="description">{program.description}</p>}
      {levels.length > 0 && (
        <dl className="program-goals">
          {levels.map(({ level, label, names }) => (
            <div key={level}>
              <dt>{label}</dt>
              <dd>{names.join(', ')}</dd>
            </div>
          ))}
        </dl>
      )}
      {program.blocks.length > 0 && (
        <ul className="plain-list block-summary" aria-label={`Blocks of ${program.name}`}>
          {program.blocks.map((block) => (
            <li key={block.id}>
              <ColorSwatch color={block.color} />
              <span className="block-summary-name">{block.name}</span>{' '}
              <span className="muted">{formatDateRange(block.startDate, block.endDate)}</span>
              {block.active && <span className="badge badge-success">Active</span>}
            </li>
          ))}
        </ul>
      )}
      <div className="card-actions">
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${program.name}`}
          className="secondary small-button"
          question={deleteProgramQuestion(program)}
          onConfirm={onDelete}
        />
      </div>
    </li>
  );
}
