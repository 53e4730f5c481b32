import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ProblemMessage } from './ProblemMessage';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What failed, for the heading ("The chart could not be shown"). */
  label?: string;
  /** Replaces the default message; `retry` renders the children again. */
  fallback?: (error: unknown, retry: () => void) => ReactNode;
  /** Called after Retry, e.g. to reload data the children depend on. */
  onRetry?: () => void;
}

interface ErrorBoundaryState {
  error: unknown;
  failed: boolean;
}

/**
 * Keeps a rendering failure inside the part that failed (a route, a chart, the goal graph) instead of
 * blanking the whole app, and offers Retry, which renders the children again from scratch.
 * React only supports this as a class component.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A part of the page failed to render', error, info.componentStack);
  }

  retry = () => {
    this.setState({ error: null, failed: false });
    this.props.onRetry?.();
  };

  override render() {
    if (!this.state.failed) {
      return this.props.children;
    }
    if (this.props.fallback) {
      return this.props.fallback(this.state.error, this.retry);
    }
    return (
      <section className="error-boundary">
        <h2>{this.props.label ?? 'This part of the page could not be shown'}</h2>
        <ProblemMessage error={this.state.error} onRetry={this.retry} />
      </section>
    );
  }
}
