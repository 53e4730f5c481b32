import { useId, useState, type SubmitEvent } from 'react';
import { useApi } from '../api/ApiContext';
import { formFieldErrors } from '../activities/common/fieldErrors';
import { FormField, FormProblem } from '../ui/FormField';
import { useWrite } from '../activities/common/write';
import { attachGoal } from './api';
import { goalName, useProgramDetail } from './detailContext';
import type { ProgramBlock } from './types';

interface AttachGoalFormProps {
  block: ProgramBlock;
  onDone: () => void;
}

/** Attaches one of the program's goals to a block, optionally setting the goal's deadline inside the block. */
export function AttachGoalForm({ block, onDone }: AttachGoalFormProps) {
  const detail = useProgramDetail();
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const candidates = detail.program.goalIds.filter((goalId) => !block.goalIds.includes(goalId));
  const [goalId, setGoalId] = useState(candidates[0] ?? '');
  const [deadline, setDeadline] = useState('');
  const [clientError, setClientError] = useState<string | undefined>();
  const serverErrors = formFieldErrors(write.error, ['deadline']);

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (goalId === '') {
      return;
    }
    if (deadline !== '' && (deadline < block.startDate || deadline > block.endDate)) {
      setClientError(`The deadline must lie inside the block (${block.startDate} – ${block.endDate})`);
      return;
    }
    const done = await write.run(() =>
      attachGoal(api, write.keys, detail.fractalId, detail.program.id, block.id, goalId, deadline === '' ? null : deadline),
    );
    if (done) {
      detail.reload();
      onDone();
    }
  };

  if (candidates.length === 0) {
    return (
      <div className="plan-form">
        <p className="muted">Every goal of the program is attached to this block already.</p>
        <button type="button" className="secondary" onClick={onDone}>
          Close
        </button>
      </div>
    );
  }

  return (
    <form className="plan-form attach-goal-form" aria-label={`Attach a goal to ${block.name}`} noValidate onSubmit={(event) => void submit(event)}>
      <div className="row-fields">
        <div className="field">
          <label htmlFor={`${id}-goal`}>Goal</label>
          <select id={`${id}-goal`} value={goalId} onChange={(event) => setGoalId(event.target.value)}>
            {candidates.map((candidate) => (
              <option key={candidate} value={candidate}>
                {goalName(detail, candidate)}
              </option>
            ))}
          </select>
        </div>
        <FormField label="Deadline" optional error={clientError ?? serverErrors.deadline}>
          {(control) => (
            <input
              {...control}
              type="date"
              min={block.startDate}
              max={block.endDate}
              value={deadline}
              onChange={(event) => {
                setDeadline(event.target.value);
                setClientError(undefined);
                write.clearError();
              }}
            />
          )}
        </FormField>
      </div>
      <FormProblem error={write.error} unplaced={serverErrors['']} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={write.pending}>
          Attach goal
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
