import { useCallback, useState, type SubmitEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';
import { formatBytes } from '../account/download';
import { FormField, FormProblem } from '../ui/FormField';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ProgressBar } from '../ui/ProgressBar';
import { ImportResult } from './ImportResult';
import { POLL_INTERVAL_MS, useImport, type ImportRun } from './useImport';
import './imports.css';

export const ACCEPTED_FILES = '.sqlite,.db';

const numbers = new Intl.NumberFormat();

/** What to do about a refused upload, in addition to the server's own words. */
function adviceFor(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) {
    return undefined;
  }
  switch (error.status) {
    case 400:
      return 'Choose the data file of Fractal Goals 1.2: a SQLite database, usually ending in .db or .sqlite.';
    case 409:
      return 'One of your imports is still running. Wait until it has finished, then import again.';
    case 413:
      return 'The file is larger than the server accepts.';
    case 429:
      return 'Too many imports in a short time. Wait a minute, then try again.';
    default:
      return undefined;
  }
}

/** The sentence the live region announces: the phase, not every percent (the progress bars carry those). */
function phaseText(run: ImportRun, importId: string | null): string {
  if (run.upload) {
    return 'Uploading your file…';
  }
  if (importId === null) {
    return '';
  }
  switch (run.status?.status) {
    case undefined:
      return run.stalled ? '' : 'Looking up the import…';
    case 'RUNNING':
      return 'Importing your data…';
    case 'COMPLETED':
      return 'Import completed.';
    case 'FAILED':
      return 'Import failed.';
  }
}

interface ImportPageProps {
  /** How often to ask for the import's progress; tests shorten it. */
  pollMs?: number;
}

/**
 * `/import`: brings a user's data over from a file of the original Fractal Goals v1.2. The import's id is
 * kept in the address (`?id=`), so reloading the page goes on showing its progress and summary.
 */
export function ImportPage({ pollMs = POLL_INTERVAL_MS }: ImportPageProps) {
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const importId = params.get('id');
  const [file, setFile] = useState<File | null>(null);
  const showImport = useCallback(
    (id: string | null) => setParams(id ? { id } : {}, { replace: true }),
    [setParams],
  );
  const run = useImport(api, importId, showImport, pollMs);
  const status = run.status;
  const running = status?.status === 'RUNNING';
  const busy = run.upload !== null || running;
  const finished = status !== null && status.status !== 'RUNNING';
  const uploadError = run.stalled ? null : run.error;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file && !busy) {
      run.start(file);
    }
  };

  return (
    <div className="page import-page">
      <h1>Import from Fractal Goals 1.2</h1>
      <section className="card" aria-labelledby="import-about-heading">
        <h2 id="import-about-heading">What this does</h2>
        <p>
          If you used the original Fractal Goals app (version 1.2), you can bring your data over from its data file:
          your goals with their targets, your activities and activity groups, session templates, programs, and
          sessions with the activities done in them, their sets, values and notes. Dates stay as they were.
        </p>
        <p>
          It is safe to import the same file more than once: what has already come over is not copied again, and
          nothing you created here is changed.
        </p>
      </section>

      <section className="card" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">Your data file</h2>
        <form className="import-form" onSubmit={submit} noValidate>
          <FormField
            label="Fractal Goals 1.2 data file"
            hint="The app's SQLite database, usually a file ending in .db or .sqlite. Large files are fine."
          >
            {(control) => (
              <input
                {...control}
                type="file"
                accept={ACCEPTED_FILES}
                disabled={busy}
                onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
              />
            )}
          </FormField>
          {file && (
            <p className="muted" data-testid="chosen-file">
              {file.name} ({formatBytes(file.size)})
            </p>
          )}
          <div className="import-actions">
            <button type="submit" className="primary" disabled={!file || busy}>
              Import
            </button>
            {run.upload && (
              <button type="button" className="secondary" onClick={run.cancelUpload}>
                Cancel upload
              </button>
            )}
          </div>
          <FormProblem error={uploadError} unplaced={adviceFor(uploadError)} />
        </form>
      </section>

      <p className="import-phase" role="status" aria-live="polite">
        {phaseText(run, importId)}
      </p>

      {run.upload && <UploadProgressView sent={run.upload.sent} total={run.upload.total} />}

      {status && running && (
        <div className="import-progress">
          <ProgressBar
            label="Import progress"
            value={status.processed}
            max={status.total}
            valueText={`${numbers.format(status.processed)} of ${numbers.format(status.total)} rows`}
          />
          <p className="muted" data-testid="import-count">
            {numbers.format(status.processed)} of {numbers.format(status.total)} rows imported
          </p>
        </div>
      )}

      {run.stalled && <ProblemMessage error={run.error} onRetry={run.resume} />}

      {finished && <ImportResult status={status} />}
    </div>
  );
}

function UploadProgressView({ sent, total }: { sent: number; total: number }) {
  const percent = total > 0 ? Math.floor((Math.min(sent, total) / total) * 100) : 0;
  const done = total > 0 && sent >= total;
  return (
    <div className="import-progress">
      <ProgressBar label="Upload progress" value={percent} max={100} valueText={`${percent}% uploaded`} />
      <p className="muted" data-testid="upload-percent">
        {done
          ? 'Uploaded; the server is checking the file…'
          : `${percent}% uploaded (${formatBytes(sent)} of ${formatBytes(total)})`}
      </p>
    </div>
  );
}
