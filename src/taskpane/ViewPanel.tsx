import { Button } from "@fluentui/react-components";
import { Component, lazy, Suspense, useMemo, useState, type ComponentType, type ReactNode } from "react";
import { BusyField } from "./BusyField";
import { GenerateView } from "./generate/GenerateView";
import { Notice } from "./Notice";
import { usePane } from "./PaneContext";
import type { View } from "./views";

/**
 * Each view's code. Generar is the page the planner opens on, so it comes with the page; the others are
 * their own chunks, prefetched while the planner reads and run when first opened. A new view is one more
 * entry here.
 */
const LOADERS: Record<Exclude<View, "generate">, () => Promise<{ default: ComponentType<ViewProps> }>> = {
  validate: () => import(/* webpackChunkName: "validate", webpackPrefetch: true */ "./validate/ValidateView"),
  adopt: () => import(/* webpackChunkName: "adopt", webpackPrefetch: true */ "./adopt/AdoptView"),
  seguimiento: () => import(/* webpackChunkName: "seguimiento", webpackPrefetch: true */ "./seguimiento/SeguimientoView"),
};

export interface ViewProps {
  /** Opened from the ribbon's "Validar plan": run at once. */
  runAtStart: boolean;
}

export function ViewPanel({ view, runAtStart }: { view: View } & ViewProps) {
  if (view === "generate") return <GenerateView />;
  return <LazyView view={view} runAtStart={runAtStart} />;
}

function LazyView({ view, runAtStart }: { view: Exclude<View, "generate"> } & ViewProps) {
  const { t } = usePane();
  const [attempt, setAttempt] = useState(0);
  // React keeps a failed lazy load failed: each retry is a fresh lazy component.
  const Loaded = useMemo(() => lazy(LOADERS[view]), [view, attempt]);
  return (
    <LoadFailure key={attempt} message={t.viewLoadFailed} retryLabel={t.retry} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={<BusyField label={t.loadingView} />}>
        <Loaded runAtStart={runAtStart} />
      </Suspense>
    </LoadFailure>
  );
}

interface LoadFailureProps {
  message: string;
  retryLabel: string;
  onRetry: () => void;
  children: ReactNode;
}

/** A view whose code could not be fetched (the network dropped): say so, and offer to try again. */
class LoadFailure extends Component<LoadFailureProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Notice
        intent="error"
        role="alert"
        action={
          <Button size="small" onClick={this.props.onRetry}>
            {this.props.retryLabel}
          </Button>
        }
      >
        {this.props.message}
      </Notice>
    );
  }
}
