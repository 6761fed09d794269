import { screen, waitFor, within } from "@testing-library/react";

/**
 * Fluent's Dialog in jsdom: Tabster (its focus manager) sometimes leaves the open surface `aria-hidden`
 * (microsoft/fluentui#33897), so role queries for it flake. These helpers find a dialog by its title
 * and query inside it including hidden nodes; what the dialog says and does is still asserted.
 */
export async function findDialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title);
  const dialog = heading.closest<HTMLElement>('[role="alertdialog"], [role="dialog"]');
  if (!dialog) throw new Error(`"${title}" is not inside a dialog`);
  return dialog;
}

export function dialogButton(dialog: HTMLElement, name: string | RegExp): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}

export async function dialogGone(title: string): Promise<void> {
  await waitFor(() => expect(screen.queryByText(title)).not.toBeInTheDocument());
}
