import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ConfirmButton } from '../activities/common/ConfirmButton';
import { browserTimeZone, formatDate, isWithin } from '../activities/common/dates';
import { useWrite } from '../activities/common/write';
import { ProblemMessage } from '../ui/ProblemMessage';
import { copyDay, deleteDay, scheduleDay } from './api';
import { DayEditForm } from './DayEditForm';
import { templateNames, useProgramDetail } from './detailContext';
import { ScheduleResult } from './ScheduleResult';
import type { ProgramBlock, ProgramDay } from './types';

/** One day of a block: its templates and state, with edit, copy to the other blocks, schedule and delete. */
export function DayItem({ block, day }: { block: ProgramBlock; day: ProgramDay }) {
  const detail = useProgramDetail();
  const api = useApi();
  const write = useWrite();
  const [editing, setEditing] = useState(false);
  const [scheduleOn, setScheduleOn] = useState(() =>
    day.date ?? (isWithin(detail.today, block.startDate, block.endDate) ? detail.today : block.startDate),
  );
  const [created, setCreated] = useState<string | null>(null);
  const { fractalId, program } = detail;

  const act = async (work: () => Promise<unknown>) => {
    if (await write.run(work)) {
      detail.reload();
    }
  };

  const schedule = async () => {
    let sessionId = '';
    const done = await write.run(async () => {
      sessionId = (await scheduleDay(api, write.keys, fractalId, program.id, block.id, day.id, scheduleOn, browserTimeZone())).id;
    });
    if (done) {
      setCreated(sessionId);
      detail.reload();
    }
  };

  if (editing) {
    return (
      <li className="day-item">
        <DayEditForm block={block} day={day} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className={day.completed ? 'day-item day-completed' : 'day-item'} data-testid="program-day">
      <div className="day-title">
        <strong>{day.name}</strong>{' '}
        <span className="muted">
          Day {day.dayNumber} · {day.date ? formatDate(day.date) : 'no date'}
        </span>
        {day.completed && <span className="badge badge-success">Completed</span>}
        {day.sessionIds.length > 0 && !day.completed && (
          <span className="badge">
            {day.sessionIds.length} session{day.sessionIds.length === 1 ? '' : 's'}
          </span>
        )}
      </div>
      <p className="muted day-templates">{templateNames(detail, day.templateIds)}</p>
      <div className="toolbar">
        <button type="button" className="secondary small-button" aria-label={`Edit ${day.name}`} onClick={() => setEditing(true)}>
          Edit
        </button>
        <button
          type="button"
          className="secondary small-button"
          aria-label={`Copy ${day.name} to the other blocks`}
          disabled={write.pending}
          onClick={() => void act(() => copyDay(api, write.keys, fractalId, program.id, block.id, day.id))}
        >
          Copy to other blocks
        </button>
        <ConfirmButton
          label="Delete"
          ariaLabel={`Delete ${day.name}`}
          className="secondary small-button"
          question={`Delete the day “${day.name}”? Its sessions stay, without the link to this program.`}
          onConfirm={() => act(() => deleteDay(api, fractalId, program.id, block.id, day.id))}
        />
      </div>
      <div className="schedule-inline">
        <label htmlFor={`schedule-${day.id}`}>Schedule on</label>
        <input
          id={`schedule-${day.id}`}
          type="date"
          min={block.startDate}
          max={block.endDate}
          value={scheduleOn}
          onChange={(event) => setScheduleOn(event.target.value)}
        />
        <button
          type="button"
          className="secondary small-button"
          aria-label={`Schedule ${day.name}`}
          disabled={write.pending || scheduleOn === ''}
          onClick={() => void schedule()}
        >
          Schedule
        </button>
      </div>
      {created && <ScheduleResult fractalId={fractalId} sessionId={created} />}
      {write.error !== undefined && <ProblemMessage error={write.error} />}
    </li>
  );
}
