interface LoadingProps {
  label?: string;
}

/** A polite live region, so screen readers hear that something is on its way. */
export function Loading({ label = 'Loading…' }: LoadingProps) {
  return (
    <p className="loading muted" role="status" aria-live="polite">
      {label}
    </p>
  );
}
