import { useId, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { browserTimeZone } from '../activities/common/dates';
import { formFieldErrors } from '../activities/common/fieldErrors';
import { FormProblem, FieldMessage } from '../ui/FormField';
import { useWrite } from '../activities/common/write';
import { scheduleDay } from './api';
import { schedulableDays } from './calendar';
import { templateNames, useProgramDetail } from './detailContext';
import { ScheduleResult } from './ScheduleResult';
import type { ProgramBlock } from './types';

interface ScheduleFormProps {
  date: string;
  /** The blocks covering the date. */
  blocks: readonly ProgramBlock[];
}

/**
 * Schedules one of a block's days on the chosen date, which creates a session starting on that date in the
 * browser's time zone. The block is preselected when only one covers the date.
 */
export function ScheduleForm({ date, blocks }: ScheduleFormProps) {
  const detail = useProgramDetail();
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const [blockId, setBlockId] = useState(blocks.length === 1 ? (blocks[0]?.id ?? '') : '');
  const [dayId, setDayId] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const block = blocks.find((candidate) => candidate.id === blockId);
  const days = block ? schedulableDays(block) : [];
  const serverErrors = formFieldErrors(write.error, ['date', 'tz', 'goalIds']);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!block || dayId === '') {
      return;
    }
    let sessionId = '';
    const done = await write.run(async () => {
      sessionId = (
        await scheduleDay(api, write.keys, detail.fractalId, detail.program.id, block.id, dayId, date, browserTimeZone())
      ).id;
    });
    if (done) {
      setCreated(sessionId);
      setDayId('');
      detail.reload();
    }
  };

  return (
    <form className="schedule-form" aria-labelledby={`${id}-title`} noValidate onSubmit={(event) => void submit(event)}>
      <h4 id={`${id}-title`}>Schedule a day on this date</h4>
      <div className="row-fields">
        {blocks.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-block`}>Block</label>
            <select
              id={`${id}-block`}
              value={blockId}
              onChange={(event) => {
                setBlockId(event.target.value);
                setDayId('');
              }}
            >
              <option value="">Choose a block…</option>
              {blocks.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-day`}>Program day</label>
          <select
            id={`${id}-day`}
            value={dayId}
            disabled={!block}
            aria-describedby={serverErrors.date ? `${id}-date-error` : undefined}
            onChange={(event) => {
              setDayId(event.target.value);
              setCreated(null);
              write.clearError();
            }}
          >
            <option value="">{block && days.length === 0 ? 'This block has no days yet' : 'Choose a day…'}</option>
            {days.map((day) => (
              <option key={day.id} value={day.id}>
                {day.name} ({templateNames(detail, day.templateIds)})
              </option>
            ))}
          </select>
          <FieldMessage id={`${id}-date-error`} message={serverErrors.date} />
        </div>
      </div>
      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <button type="submit" className="primary" disabled={!block || dayId === '' || write.pending}>
        Schedule
      </button>
      {created && <ScheduleResult fractalId={detail.fractalId} sessionId={created} />}
    </form>
  );
}
