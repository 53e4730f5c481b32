import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { usePagedList } from '../activities/common/usePagedList';
import { useWrite } from '../activities/common/write';
import { useApiQuery } from '../data/useApiQuery';
import { EmptyState } from '../ui/EmptyState';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { deleteProgram, getGoalTree, listProgramsPage } from './api';
import { ProgramCard } from './ProgramCard';
import { ProgramForm } from './ProgramForm';
import { flattenGoals, programGoalOptions } from './programForms';
import '../activities/common/common.css';
import './programs.css';

/** `/fractals/:fractalId/programs`: the fractal's programs; creating one opens it. */
export function ProgramsPage() {
  const { fractalId = '' } = useParams();
  const api = useApi();
  const navigate = useNavigate();
  const programs = usePagedList(`programs:${fractalId}`, (cursor, signal) => listProgramsPage(api, fractalId, cursor, signal));
  const goalTree = useApiQuery(`tree:${fractalId}`, (signal) => getGoalTree(api, fractalId, signal));
  const [creating, setCreating] = useState(false);
  const actions = useWrite();
  const goalsById = new Map(flattenGoals(goalTree.data).map((goal) => [goal.id, goal]));

  return (
    <div className="plan-page programs-page" data-testid="programs-page">
      <div className="page-head">
        <h1>Programs</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          New program
        </button>
      </div>

      {goalTree.error !== undefined && <ProblemMessage error={goalTree.error} onRetry={goalTree.reload} />}
      {creating && (
        <ProgramForm
          fractalId={fractalId}
          goals={goalTree.data ? programGoalOptions(goalTree.data) : undefined}
          onSaved={(programId) => void navigate(`/fractals/${encodeURIComponent(fractalId)}/programs/${encodeURIComponent(programId)}`)}
          onCancel={() => setCreating(false)}
        />
      )}

      {actions.error !== undefined && <ProblemMessage error={actions.error} />}
      {programs.error !== undefined && <ProblemMessage error={programs.error} onRetry={programs.reload} />}
      {programs.items === undefined ? (
        programs.loading && <Loading label="Loading programs…" />
      ) : programs.items.length === 0 ? (
        <EmptyState
          title="No programs yet"
          action={
            <button type="button" className="primary" onClick={() => setCreating(true)}>
              Plan the first program
            </button>
          }
        >
          A program is a period of training aimed at goals, divided into blocks with days of session templates.
        </EmptyState>
      ) : (
        <ul className="card-grid" aria-label="Programs">
          {programs.items.map((program) => (
            <ProgramCard
              key={program.id}
              fractalId={fractalId}
              program={program}
              goalsById={goalsById}
              onDelete={async () => {
                if (await actions.run(() => deleteProgram(api, fractalId, program))) {
                  programs.reload();
                }
              }}
            />
          ))}
        </ul>
      )}
      {programs.hasMore && (
        <button type="button" className="secondary" disabled={programs.loadingMore} onClick={programs.loadMore}>
          {programs.loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
