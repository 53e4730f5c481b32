import { Link } from 'react-router-dom';
import type { ImportStatus } from './api';
import { entityLabel, orderedCounts } from './entities';

const numbers = new Intl.NumberFormat();

/** The end of an import: whether it worked, what came over, what did not, and remarks on what came over differently. */
export function ImportResult({ status }: { status: ImportStatus }) {
  const { counts, refused, warnings } = status.summary;
  const rows = orderedCounts(counts);
  const completed = status.status === 'COMPLETED';
  return (
    <section className="card import-result" aria-labelledby="import-result-heading" data-testid="import-result">
      <h2 id="import-result-heading">{completed ? 'Import completed' : 'Import failed'}</h2>
      {completed ? (
        <p>
          Your data is here. <Link to="/">Go to your fractals</Link> to find the imported ones.
        </p>
      ) : (
        <div className="problem" role="alert">
          <p className="problem-title">The import stopped before it was finished.</p>
          <p className="problem-detail">{status.failure || 'The server gave no reason.'}</p>
          <p>What came over so far stays. Importing the same file again picks up the rest without copying anything twice.</p>
        </div>
      )}

      {rows.length > 0 ? (
        <table className="import-counts">
          <caption>Brought over</caption>
          <thead>
            <tr>
              <th scope="col">What</th>
              <th scope="col" className="number">
                How many
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([entity, count]) => (
              <tr key={entity}>
                <th scope="row">{entityLabel(entity)}</th>
                <td className="number">{numbers.format(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Nothing was brought over.</p>
      )}

      {refused.length > 0 && (
        <section aria-labelledby="import-refused-heading">
          <h3 id="import-refused-heading">Not brought over ({numbers.format(refused.length)})</h3>
          <p className="muted">These rows of the file were left out; everything else was imported.</p>
          <ul className="import-issues" aria-labelledby="import-refused-heading">
            {refused.map((row, index) => (
              <li key={`${row.entity}:${row.sourceId}:${index}`}>
                <span className="import-issue-what">
                  {entityLabel(row.entity)} <code>{row.sourceId}</code>
                </span>{' '}
                {row.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      {warnings.length > 0 && (
        <section aria-labelledby="import-warnings-heading">
          <h3 id="import-warnings-heading">Remarks ({numbers.format(warnings.length)})</h3>
          <p className="muted">Kept as the file has it although the app would not allow it today, or left out on purpose (such as sessions you had deleted).</p>
          <ul className="import-issues" aria-labelledby="import-warnings-heading">
            {warnings.map((row, index) => (
              <li key={`${row.entity}:${row.sourceId}:${index}`}>
                <span className="import-issue-what">
                  {entityLabel(row.entity)} <code>{row.sourceId}</code>
                </span>{' '}
                {row.message}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
