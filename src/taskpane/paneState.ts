import type { View } from "./views";

/**
 * Which view is shown, and which have been opened: a view's code is loaded the first time it is
 * opened, and it stays mounted after (hidden), so switching tabs keeps an edited template and the
 * last report. A pure reducer, tested without React.
 */
export interface PaneState {
  view: View;
  /** In the order they were first opened. */
  opened: readonly View[];
}

export type PaneAction = { type: "select"; view: View };

export function initialPaneState(view: View): PaneState {
  return { view, opened: [view] };
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "select":
      if (action.view === state.view) return state;
      return { view: action.view, opened: state.opened.includes(action.view) ? state.opened : [...state.opened, action.view] };
  }
}
