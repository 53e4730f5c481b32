import { useState } from 'react';
import { useApi } from '../api/ApiContext';
import { ProblemMessage } from '../ui/ProblemMessage';
import { fetchExport, formatBytes, saveBlob } from './download';

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; bytes: number }
  | { phase: 'done'; filename: string; bytes: number }
  | { phase: 'failed'; error: unknown };

/** "Download my data": everything the server holds about the caller, as one file. */
export function ExportData() {
  const api = useApi();
  const [state, setState] = useState<ExportState>({ phase: 'idle' });

  const start = async () => {
    setState({ phase: 'running', bytes: 0 });
    try {
      const download = await fetchExport(api, (bytes) => setState({ phase: 'running', bytes }));
      saveBlob(download);
      setState({ phase: 'done', filename: download.filename, bytes: download.blob.size });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  };

  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading">Your data</h2>
      <p>Download everything Fractal Goals holds about you (your fractals and their full history) as one file.</p>
      <button type="button" className="primary" onClick={() => void start()} disabled={state.phase === 'running'}>
        Download my data
      </button>
      <p className="muted" role="status" aria-live="polite">
        {state.phase === 'running' && `Preparing your data… ${formatBytes(state.bytes)} received`}
        {state.phase === 'done' && `Downloaded ${state.filename} (${formatBytes(state.bytes)}).`}
      </p>
      {state.phase === 'failed' && <ProblemMessage error={state.error} onRetry={() => void start()} />}
    </section>
  );
}
