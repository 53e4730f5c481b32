import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { ConfirmButton } from '../activities/common/ConfirmButton';
import { formatDate, formatDateRange } from '../activities/common/dates';
import { useWrite } from '../activities/common/write';
import { ProblemMessage } from '../ui/ProblemMessage';
import { unscheduleDay } from './api';
import { placeProgram } from './calendar';
import { ColorSwatch } from './ColorSwatch';
import { goalName, sessionPath, templateNames, useProgramDetail } from './detailContext';
import { ScheduleForm } from './ScheduleForm';

/** Everything on one date of the calendar: blocks, program days, sessions (with Unschedule), goals due. */
export function DayPanel({ date }: { date: string }) {
  const detail = useProgramDetail();
  const api = useApi();
  const write = useWrite();
  const headingId = useId();
  const entries = placeProgram(detail.program, [date]).get(date);
  if (!entries) {
    return null;
  }
  const { fractalId, program } = detail;

  return (
    <section className="plan-card day-panel" aria-labelledby={headingId} data-testid="day-panel">
      <h3 id={headingId}>{formatDate(date, { dateStyle: 'full' })}</h3>
      {!entries.inProgram && <p className="muted">This date lies outside the program ({formatDateRange(program.startDate, program.endDate)}).</p>}
      {entries.inProgram && entries.blocks.length === 0 && <p className="muted">No block covers this date.</p>}
      {entries.blocks.length > 0 && (
        <p>
          {entries.blocks.map((block) => (
            <span key={block.id} className="block-chip">
              <ColorSwatch color={block.color} />
              {block.name}
            </span>
          ))}
        </p>
      )}

      {entries.days.length > 0 && (
        <>
          <h4>Program days</h4>
          <ul className="plain-list panel-list">
            {entries.days.map(({ day, block }) => (
              <li key={day.id}>
                <strong>{day.name}</strong> <span className="muted">({block.name})</span>: {templateNames(detail, day.templateIds)}
                {day.completed && <span className="badge badge-success">Completed</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      {entries.sessions.length > 0 && (
        <>
          <h4>Sessions</h4>
          <ul className="plain-list panel-list">
            {entries.sessions.map(({ session, day, block }) => (
              <li key={session.id} data-testid="scheduled-session">
                <Link to={sessionPath(fractalId, session.id)}>{day?.name ?? 'Session'}</Link>{' '}
                {session.completed ? (
                  <span className="badge badge-success">Completed</span>
                ) : (
                  <span className="badge">Planned</span>
                )}
                {day && block && !session.completed && (
                  <ConfirmButton
                    label="Unschedule"
                    ariaLabel={`Unschedule ${day.name}`}
                    className="secondary small-button"
                    question={`Unschedule “${day.name}” on this date? Its session is deleted; the program day stays.`}
                    onConfirm={async () => {
                      if (await write.run(() => unscheduleDay(api, fractalId, program.id, block.id, day.id, session.id))) {
                        detail.reload();
                      }
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {write.error !== undefined && <ProblemMessage error={write.error} />}

      {entries.deadlines.length > 0 && (
        <>
          <h4>Goals due</h4>
          <ul className="plain-list panel-list">
            {entries.deadlines.map((deadline) => (
              <li key={deadline.goalId}>
                <span aria-hidden="true">🎯 </span>
                {goalName(detail, deadline.goalId)}
              </li>
            ))}
          </ul>
        </>
      )}

      {entries.inProgram && entries.blocks.length > 0 && <ScheduleForm key={date} date={date} blocks={entries.blocks} />}
    </section>
  );
}
