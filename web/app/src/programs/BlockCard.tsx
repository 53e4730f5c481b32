import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ConfirmButton } from '../activities/common/ConfirmButton';
import { formatDate, formatDateRange } from '../activities/common/dates';
import { useWrite } from '../activities/common/write';
import { ProblemMessage } from '../ui/ProblemMessage';
import { deleteBlock, detachGoal } from './api';
import { AttachGoalForm } from './AttachGoalForm';
import { BlockForm } from './BlockForm';
import { lengthInDays } from './calendar';
import { ColorSwatch } from './ColorSwatch';
import { DayForm } from './DayForm';
import { DayItem } from './DayItem';
import { goalName, useProgramDetail } from './detailContext';
import type { ProgramBlock } from './types';

type Open = 'edit' | 'attach' | 'day' | null;

/** A block with its goals and days, and the forms that change them. */
export function BlockCard({ block }: { block: ProgramBlock }) {
  const detail = useProgramDetail();
  const api = useApi();
  const write = useWrite();
  const [open, setOpen] = useState<Open>(null);
  const { fractalId, program } = detail;
  const deadlines = new Map(program.goalDeadlines.map((deadline) => [deadline.goalId, deadline.deadline]));
  const abstractDays = block.days.filter((day) => day.date === null);
  const datedDays = block.days.filter((day) => day.date !== null);
  const headingId = `block-${block.id}`;

  const act = async (work: () => Promise<unknown>) => {
    if (await write.run(work)) {
      detail.reload();
    }
  };

  if (open === 'edit') {
    return (
      <li className="plan-card block-card">
        <BlockForm block={block} onDone={() => setOpen(null)} />
      </li>
    );
  }
  return (
    <li className="plan-card block-card" aria-labelledby={headingId} data-testid="block-card">
      <div className="block-head">
        <ColorSwatch color={block.color} />
        <h3 id={headingId}>{block.name}</h3>
        {block.active && <span className="badge badge-success">Active</span>}
      </div>
      <p className="muted">
        {formatDateRange(block.startDate, block.endDate)} · {lengthInDays(block.startDate, block.endDate)} days
      </p>

      {block.goalIds.length > 0 && (
        <ul className="plain-list goal-chips" aria-label={`Goals of ${block.name}`}>
          {block.goalIds.map((goalId) => (
            <li key={goalId} className="goal-chip">
              <span>
                <span aria-hidden="true">🎯 </span>
                {goalName(detail, goalId)}
                {deadlines.has(goalId) && <span className="muted"> · due {formatDate(deadlines.get(goalId) ?? '')}</span>}
              </span>
              <button
                type="button"
                className="link"
                aria-label={`Detach ${goalName(detail, goalId)} from ${block.name}`}
                disabled={write.pending}
                onClick={() => void act(() => detachGoal(api, fractalId, program.id, block.id, goalId))}
              >
                Detach
              </button>
            </li>
          ))}
        </ul>
      )}

      <div className="toolbar">
        <button type="button" className="secondary small-button" aria-label={`Add a day to ${block.name}`} onClick={() => setOpen('day')}>
          Add day
        </button>
        <button type="button" className="secondary small-button" aria-label={`Attach a goal to ${block.name}`} onClick={() => setOpen('attach')}>
          Attach goal
        </button>
        <button type="button" className="secondary small-button" aria-label={`Edit block ${block.name}`} onClick={() => setOpen('edit')}>
          Edit block
        </button>
        <ConfirmButton
          label="Delete block"
          ariaLabel={`Delete block ${block.name}`}
          className="secondary small-button"
          question={`Delete the block “${block.name}” with its ${block.days.length} day${block.days.length === 1 ? '' : 's'}? Their sessions stay, without the link to this program.`}
          confirmLabel="Delete"
          onConfirm={() => act(() => deleteBlock(api, fractalId, program.id, block.id))}
        />
      </div>
      {write.error !== undefined && <ProblemMessage error={write.error} />}
      {open === 'attach' && <AttachGoalForm block={block} onDone={() => setOpen(null)} />}
      {open === 'day' && <DayForm block={block} onDone={() => setOpen(null)} />}

      {block.days.length === 0 ? (
        <p className="muted">No days yet.</p>
      ) : (
        <>
          {abstractDays.length > 0 && (
            <>
              <h4>Days without a date</h4>
              <ul className="plain-list day-list">
                {abstractDays.map((day) => (
                  <DayItem key={day.id} block={block} day={day} />
                ))}
              </ul>
            </>
          )}
          {datedDays.length > 0 && (
            <details className="dated-days">
              <summary>
                {datedDays.length} dated day{datedDays.length === 1 ? '' : 's'} (also on the calendar)
              </summary>
              <ul className="plain-list day-list">
                {datedDays.map((day) => (
                  <DayItem key={day.id} block={block} day={day} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </li>
  );
}
