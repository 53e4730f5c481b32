import { Link, useParams } from 'react-router-dom';

/**
 * Stands in for a page that is not built yet (listed in README.md under "Pages not built yet"), so the
 * navigation already works and nobody mistakes an empty screen for a bug.
 */
export function ComingSoon({ title }: { title: string }) {
  const { fractalId } = useParams();
  return (
    <section className="coming-soon" aria-labelledby="coming-soon-heading">
      <h1 id="coming-soon-heading">{title}</h1>
      <p className="muted">This page is not built yet.</p>
      <p>
        {fractalId ? <Link to={`/fractals/${encodeURIComponent(fractalId)}/goals`}>Back to this fractal</Link> : <Link to="/">Back to your fractals</Link>}
      </p>
    </section>
  );
}
