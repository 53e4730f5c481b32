import { useCallback, useEffect, useRef, useState } from 'react';
import { getImport, startImport, type ImportApi, type ImportStatus } from './api';

export const POLL_INTERVAL_MS = 1000;

export interface UploadProgress {
  sent: number;
  total: number;
}

export interface ImportRun {
  /** While the file goes out; null otherwise. */
  upload: UploadProgress | null;
  /** The latest status of the import named by `importId`, or null before the first answer. */
  status: ImportStatus | null;
  /** Why the upload or the latest poll failed, or null. */
  error: unknown;
  /** Polling stopped after a failed poll; resume() asks again. */
  stalled: boolean;
  start: (file: File) => void;
  cancelUpload: () => void;
  resume: () => void;
}

/**
 * An import of a v1.2 file: the upload (with its progress), then the import's status, asked for every
 * `pollMs` while it is RUNNING. Each answer schedules the next poll, so polls never overlap. The import's id
 * lives with the caller (in the page's address), so a reload goes on showing the same import.
 */
export function useImport(
  api: ImportApi,
  importId: string | null,
  /** The import to show changes: null when a new upload starts, the new id once the server accepted it. */
  onImportChange: (id: string | null) => void,
  pollMs = POLL_INTERVAL_MS,
): ImportRun {
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  // Kept with the id it was asked for, so a status never shows under another import's address.
  const [answer, setAnswer] = useState<{ id: string; status: ImportStatus } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [stalled, setStalled] = useState(false);
  const uploading = useRef<AbortController | null>(null);

  const status = answer && answer.id === importId ? answer.status : null;
  const polling = importId !== null && !stalled && (status === null || status.status === 'RUNNING');

  useEffect(() => {
    if (!polling) {
      return;
    }
    const controller = new AbortController();
    // The first look at an import is at once; then one poll per interval.
    const timer = setTimeout(
      () => {
        getImport(api, importId, controller.signal).then(
          (next) => {
            setError(null);
            setAnswer({ id: importId, status: next });
          },
          (cause: unknown) => {
            if (!controller.signal.aborted) {
              // Stop rather than hammer a failing server; Retry resumes. The import itself goes on regardless.
              setError(cause);
              setStalled(true);
            }
          },
        );
      },
      status === null ? 0 : pollMs,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // A new status object (even with equal numbers) schedules the next poll.
  }, [api, importId, polling, status, pollMs]);

  // Leaving the page cancels an upload still going out (an import already started goes on on the server).
  useEffect(() => () => uploading.current?.abort(), []);

  const start = useCallback(
    (file: File) => {
      uploading.current?.abort();
      const controller = new AbortController();
      uploading.current = controller;
      setUpload({ sent: 0, total: file.size });
      setError(null);
      setStalled(false);
      onImportChange(null);
      startImport(api, file, (sent, total) => setUpload({ sent, total }), controller.signal).then(
        (started) => {
          setAnswer(started.status ? { id: started.id, status: started.status } : null);
          setUpload(null);
          onImportChange(started.id);
        },
        (cause: unknown) => {
          if (!controller.signal.aborted) {
            setError(cause);
          }
          setUpload(null);
        },
      );
    },
    [api, onImportChange],
  );

  const cancelUpload = useCallback(() => {
    uploading.current?.abort();
    uploading.current = null;
    setUpload(null);
  }, []);

  const resume = useCallback(() => {
    setError(null);
    setStalled(false);
  }, []);

  return { upload, status, error, stalled, start, cancelUpload, resume };
}
