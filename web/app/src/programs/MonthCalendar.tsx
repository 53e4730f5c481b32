import { useId } from 'react';
import { formatDate } from '../activities/common/dates';
import { monthLabel, monthWeeks, placeProgram, shiftMonth, type DateEntries, type Month } from './calendar';
import { ColorSwatch } from './ColorSwatch';
import { goalName, useProgramDetail } from './detailContext';

const WEEKDAYS = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const;

interface MonthCalendarProps {
  month: Month;
  onMonthChange: (month: Month) => void;
  selected: string | null;
  onSelect: (date: string) => void;
}

/** The program on a month grid: blocks as coloured bars, dated days, sessions and goal deadlines. */
export function MonthCalendar({ month, onMonthChange, selected, onSelect }: MonthCalendarProps) {
  const detail = useProgramDetail();
  const headingId = useId();
  const weeks = monthWeeks(month);
  const placed = placeProgram(detail.program, weeks.flat().map((day) => day.date));
  const label = monthLabel(month);

  return (
    <section className="calendar-section" aria-labelledby={headingId} data-testid="program-calendar">
      <div className="calendar-nav">
        <button type="button" className="secondary small-button" onClick={() => onMonthChange(shiftMonth(month, -1))}>
          <span aria-hidden="true">‹ </span>Previous month
        </button>
        <h2 id={headingId} aria-live="polite">
          {label}
        </h2>
        <button type="button" className="secondary small-button" onClick={() => onMonthChange(shiftMonth(month, 1))}>
          Next month<span aria-hidden="true"> ›</span>
        </button>
      </div>
      <table className="calendar">
        <caption className="visually-hidden">{`${detail.program.name}, ${label}`}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col">
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.date}>
              {week.map((day, column) => {
                const entries = placed.get(day.date);
                const classes = [
                  'calendar-cell',
                  day.inMonth ? '' : 'other-month',
                  entries?.inProgram ? '' : 'outside-program',
                  day.date === detail.today ? 'today' : '',
                  day.date === selected ? 'selected' : '',
                ].filter(Boolean);
                return (
                  <td key={day.date} className={classes.join(' ')}>
                    <button
                      type="button"
                      className="calendar-date"
                      aria-pressed={day.date === selected}
                      aria-label={`${formatDate(day.date, { dateStyle: 'full' })}${day.date === detail.today ? ' (today)' : ''}${entries?.inProgram ? '' : ', outside the program'}`}
                      data-testid="calendar-day"
                      data-date={day.date}
                      onClick={() => onSelect(day.date)}
                    >
                      {day.dayOfMonth}
                    </button>
                    {entries && <CellEntries entries={entries} date={day.date} firstColumn={column === 0} />}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface CellEntriesProps {
  entries: DateEntries;
  date: string;
  firstColumn: boolean;
}

function CellEntries({ entries, date, firstColumn }: CellEntriesProps) {
  const detail = useProgramDetail();
  // A dated day already stands for its sessions on its own date (✓ once completed).
  const datedHere = new Set(entries.days.map(({ day }) => day.id));
  const sessions = entries.sessions.filter(({ day }) => day === null || !datedHere.has(day.id));
  return (
    <>
      {entries.blocks.map((block) => (
        <span key={block.id} className="calendar-block" data-testid="calendar-block">
          <ColorSwatch color={block.color} className="calendar-bar" />
          {/* The name where the bar starts, and again at the start of each week row. */}
          <span className={block.startDate === date || firstColumn ? 'calendar-block-name' : 'visually-hidden'}>{block.name}</span>
        </span>
      ))}
      {(entries.days.length > 0 || sessions.length > 0 || entries.deadlines.length > 0) && (
        <ul className="calendar-entries">
          {entries.days.map(({ day }) => (
            <li key={day.id} className={day.completed ? 'entry-done' : 'entry-day'} data-testid="calendar-program-day">
              {day.completed && <span aria-label="completed">✓ </span>}
              {day.name}
            </li>
          ))}
          {sessions.map(({ session, day }) => (
            <li key={session.id} className={session.completed ? 'entry-done' : 'entry-session'}>
              <span aria-hidden="true">{session.completed ? '✓ ' : '📋 '}</span>
              <span className="visually-hidden">{session.completed ? 'Completed session: ' : 'Planned session: '}</span>
              {day?.name ?? 'Session'}
            </li>
          ))}
          {entries.deadlines.map((deadline) => (
            <li key={deadline.goalId} className="entry-deadline">
              <span aria-hidden="true">🎯 </span>
              <span className="visually-hidden">Goal due: </span>
              {goalName(detail, deadline.goalId)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
