import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { ConfirmButton } from '../activities/common/ConfirmButton';
import { formatDateRange, localIsoDate } from '../activities/common/dates';
import { useWrite } from '../activities/common/write';
import { useApiQuery } from '../data/useApiQuery';
import { listAllTemplates } from '../templates/api';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { deleteProgram, getGoalTree, getProgram } from './api';
import { BlocksView } from './BlocksView';
import { initialMonth, lengthInWeeks, type Month } from './calendar';
import { DayPanel } from './DayPanel';
import { ProgramDetailContext, type ProgramDetail } from './detailContext';
import { MonthCalendar } from './MonthCalendar';
import { deleteProgramQuestion, goalsByLevel } from './ProgramCard';
import { ProgramForm } from './ProgramForm';
import { flattenGoals, programGoalOptions } from './programForms';
import type { GoalNode, Program } from './types';
import type { Template } from '../templates/types';
import '../activities/common/common.css';
import './programs.css';

type View = 'calendar' | 'blocks';

/** `/fractals/:fractalId/programs/:programId`: a program's calendar, blocks and days. */
export function ProgramDetailPage() {
  const { fractalId = '', programId = '' } = useParams();
  const api = useApi();
  const program = useApiQuery(`program:${fractalId}:${programId}`, (signal) => getProgram(api, fractalId, programId, signal));
  const goalTree = useApiQuery(`tree:${fractalId}`, (signal) => getGoalTree(api, fractalId, signal));
  const templates = useApiQuery(`templates-all:${fractalId}`, (signal) => listAllTemplates(api, fractalId, signal));
  const listPath = `/fractals/${encodeURIComponent(fractalId)}/programs`;

  const back = (
    <Link to={listPath} className="back-link">
      <span aria-hidden="true">← </span>Programs
    </Link>
  );

  if (program.data === undefined) {
    const notFound = program.error instanceof ApiError && program.error.status === 404;
    return (
      <div className="plan-page program-detail" data-testid="program-detail">
        {back}
        {notFound ? (
          <>
            <h1>Program not found</h1>
            <p>This program does not exist (any more), or it is not yours.</p>
          </>
        ) : program.error !== undefined ? (
          <>
            <h1>Program</h1>
            <ProblemMessage error={program.error} onRetry={program.reload} />
          </>
        ) : (
          <Loading label="Loading the program…" />
        )}
      </div>
    );
  }

  return (
    <ProgramView
      fractalId={fractalId}
      program={program.data}
      tree={goalTree.data}
      templates={templates.data ?? []}
      back={back}
      listPath={listPath}
      reload={program.reload}
      sideErrors={[goalTree.error, templates.error].filter((error) => error !== undefined)}
      retrySides={() => {
        goalTree.reload();
        templates.reload();
      }}
    />
  );
}

interface ProgramViewProps {
  fractalId: string;
  program: Program;
  tree: GoalNode | undefined;
  templates: Template[];
  back: ReactNode;
  listPath: string;
  reload: () => void;
  sideErrors: unknown[];
  retrySides: () => void;
}

function ProgramView({ fractalId, program, tree, templates, back, listPath, reload, sideErrors, retrySides }: ProgramViewProps) {
  const api = useApi();
  const navigate = useNavigate();
  const write = useWrite();
  const [today] = useState(() => localIsoDate());
  const [view, setView] = useState<View>('calendar');
  const [month, setMonth] = useState<Month>(() => initialMonth(program, today));
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const goals = flattenGoals(tree);
  const goalsById = new Map(goals.map((goal) => [goal.id, goal]));
  const detail: ProgramDetail = {
    fractalId,
    program,
    templates,
    templatesById: new Map(templates.map((template) => [template.id, template])),
    goalsById,
    today,
    reload,
  };

  return (
    <ProgramDetailContext value={detail}>
      <div className="plan-page program-detail" data-testid="program-detail">
        {back}
        <header className="program-header">
          <div className="page-head">
            <h1>{program.name}</h1>
            <div className="toolbar">
              <button type="button" className="secondary" onClick={() => setEditing(true)}>
                Edit program
              </button>
              <ConfirmButton
                label="Delete program"
                question={deleteProgramQuestion(program)}
                confirmLabel="Delete"
                onConfirm={async () => {
                  if (await write.run(() => deleteProgram(api, fractalId, program))) {
                    void navigate(listPath);
                  }
                }}
              />
            </div>
          </div>
          <p className="muted">
            {formatDateRange(program.startDate, program.endDate)} · {lengthInWeeks(program.startDate, program.endDate)} weeks
            {!program.active && ' · inactive'}
          </p>
          {program.description && <p className="description">{program.description}</p>}
          <TargetGoals program={program} goalsById={goalsById} />
        </header>
        {write.error !== undefined && <ProblemMessage error={write.error} />}
        {sideErrors.map((error, index) => (
          <ProblemMessage key={index} error={error} onRetry={retrySides} />
        ))}
        {editing && (
          <ProgramForm
            fractalId={fractalId}
            goals={tree ? programGoalOptions(tree) : undefined}
            program={program}
            onSaved={() => {
              setEditing(false);
              reload();
            }}
            onCancel={() => setEditing(false)}
          />
        )}

        <div className="view-toggle" role="group" aria-label="View">
          <button type="button" className="secondary" aria-pressed={view === 'calendar'} onClick={() => setView('calendar')}>
            Calendar
          </button>
          <button type="button" className="secondary" aria-pressed={view === 'blocks'} onClick={() => setView('blocks')}>
            Blocks
          </button>
        </div>

        {view === 'calendar' ? (
          <ErrorBoundary label="The calendar could not be shown" onRetry={reload}>
            <MonthCalendar month={month} onMonthChange={setMonth} selected={selected} onSelect={setSelected} />
            {selected ? (
              <DayPanel date={selected} />
            ) : (
              <p className="muted">Choose a date to see its days and sessions, and to schedule a day on it.</p>
            )}
          </ErrorBoundary>
        ) : (
          <ErrorBoundary label="The blocks could not be shown" onRetry={reload}>
            <BlocksView />
          </ErrorBoundary>
        )}
      </div>
    </ProgramDetailContext>
  );
}

function TargetGoals({ program, goalsById }: { program: Program; goalsById: ProgramDetail['goalsById'] }) {
  const levels = goalsByLevel(program.goalIds, goalsById);
  if (levels.length === 0) {
    return null;
  }
  return (
    <dl className="program-goals" aria-label="Target goals">
      {levels.map(({ level, label, names }) => (
        <div key={level}>
          <dt>{label}</dt>
          <dd>{names.join(', ')}</dd>
        </div>
      ))}
    </dl>
  );
}
