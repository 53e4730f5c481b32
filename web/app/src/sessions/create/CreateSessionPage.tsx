import { useId, useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/ApiContext';
import { ApiError } from '../../api/client';
import { useApiQuery } from '../../data/useApiQuery';
import { IdempotencyKeys } from '../../fractals/idempotency';
import { ProblemMessage } from '../../ui/ProblemMessage';
import { createSession, listActiveDays, listSelectableGoals, listTemplates } from '../api';
import {
  EMPTY_CREATE_FORM,
  SESSION_NAME_MAX,
  buildCreateSessionBody,
  createBlockedReason,
  mapCreateSessionErrors,
  type CreateSessionErrors,
  type CreateSessionForm,
} from '../createSessionBody';
import { localDate } from '../duration';
import { FieldMessage } from '../../ui/FormField';
import { GoalPicker } from './GoalPicker';
import { SourcePicker } from './SourcePicker';
import { StartPicker } from './StartPicker';
import '../sessions.css';

/** Whether sending the same request again (with the same key) may still be needed. */
function mayRetry(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500 || [408, 409, 429].includes(error.status);
}

/** `/fractals/:fractalId/sessions/new[?goalId=]`: a new session, then on to recording it. */
export function CreateSessionPage() {
  const { fractalId = '' } = useParams();
  const [search] = useSearchParams();
  const linkedGoalId = search.get('goalId');
  const api = useApi();
  const navigate = useNavigate();
  const id = useId();
  const [form, setForm] = useState<CreateSessionForm>(() => ({
    ...EMPTY_CREATE_FORM,
    goalIds: linkedGoalId ? [linkedGoalId] : [],
  }));
  const [errors, setErrors] = useState<CreateSessionErrors>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const keys = useRef(new IdempotencyKeys());

  const templates = useApiQuery(form.source === 'template' || form.source === 'program' ? `session-templates:${fractalId}` : null, (signal) =>
    listTemplates(api, fractalId, signal),
  );
  const days = useApiQuery(form.source === 'program' ? `session-active-days:${fractalId}` : null, (signal) =>
    listActiveDays(api, fractalId, localDate(Date.now()), signal),
  );
  const goals = useApiQuery(`session-goal-selection:${fractalId}`, (signal) => listSelectableGoals(api, fractalId, signal));
  const listed = (goalId: string) =>
    goals.data?.some((goal) => goal.id === goalId || goal.immediateGoals.some((child) => child.id === goalId)) ?? false;
  const extraGoalId = linkedGoalId && goals.data && !listed(linkedGoalId) ? linkedGoalId : null;
  const extraGoal = useApiQuery(extraGoalId ? `session-linked-goal:${fractalId}:${extraGoalId}` : null, (signal) =>
    api.getJson<{ id: string; name: string }>(
      `/api/v1/fractals/${encodeURIComponent(fractalId)}/goals/${encodeURIComponent(extraGoalId ?? '')}`,
      { signal },
    ),
  );

  const blocked = createBlockedReason(form, goals.data);

  const update = (patch: Partial<CreateSessionForm>) => {
    setForm((previous) => ({ ...previous, ...patch }));
    setErrors({});
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || blocked !== null) {
      return;
    }
    const result = buildCreateSessionBody(form);
    setFailure(undefined);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const sessionId = await createSession(api, fractalId, result.body, keys.current.keyFor(result.body));
      keys.current.settle();
      void navigate(`/fractals/${encodeURIComponent(fractalId)}/sessions/${encodeURIComponent(sessionId)}`);
    } catch (error) {
      if (!mayRetry(error)) {
        keys.current.settle();
      }
      setErrors(mapCreateSessionErrors(error, form));
      setFailure(error);
      setBusy(false);
    }
  };

  return (
    <div className="page ses-create">
      <p className="ses-back">
        <Link to={`/fractals/${encodeURIComponent(fractalId)}/sessions`}>← Sessions</Link>
      </p>
      <h1>New session</h1>
      <form className="card ses-create-form" onSubmit={(event) => void submit(event)} noValidate data-testid="create-session-form">
        <SourcePicker form={form} onChange={update} templates={templates} days={days} error={errors.source} />
        <GoalPicker
          goals={goals}
          extraGoal={extraGoalId ? { id: extraGoalId, name: extraGoal.data?.name ?? 'The goal you came from' } : null}
          goalIds={form.goalIds}
          newGoals={form.newGoals}
          errors={errors}
          onGoalIds={(goalIds) => update({ goalIds })}
          onNewGoals={(newGoals) => update({ newGoals })}
        />
        <div className="field">
          <label htmlFor={`${id}-name`}>
            Name <span className="optional">(optional{form.source === 'empty' ? '' : ', defaults to the template’s'})</span>
          </label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={SESSION_NAME_MAX}
            value={form.name}
            onChange={(event) => update({ name: event.target.value })}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${id}-name-error` : undefined}
          />
          <FieldMessage id={`${id}-name-error`} message={errors.name} />
        </div>
        <StartPicker form={form} onChange={update} error={errors.startAt} />
        {failure !== undefined && <ProblemMessage error={failure} hideFieldErrors />}
        <FieldMessage id={`${id}-other-error`} message={errors['']} />
        {blocked !== null && (
          <p className="field-hint muted" id={`${id}-blocked`} data-testid="create-session-blocked">
            {blocked}
          </p>
        )}
        <button
          type="submit"
          className="primary"
          disabled={busy || blocked !== null}
          aria-busy={busy || undefined}
          aria-describedby={blocked !== null ? `${id}-blocked` : undefined}
        >
          Create session
        </button>
      </form>
    </div>
  );
}
