import { Link } from 'react-router-dom';

export function NotFound() {
  return (
    <section aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Page not found</h1>
      <p className="muted">There is nothing at this address.</p>
      <p>
        <Link to="/">Go to your fractals</Link>
      </p>
    </section>
  );
}
