import { Component, type ErrorInfo, type ReactNode } from "react";

interface Props {
  /** What the learner calls this part of the screen, e.g. "the lesson". */
  area: string;
  children: ReactNode;
}

/** Keeps a crash inside one pane: the rest of the app, and the learner's saved text, stay put. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn(`Stageplay: ${this.props.area} crashed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <p>
          Something went wrong in {this.props.area}: {this.state.error.message}
        </p>
        <p>Your text is saved. </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
