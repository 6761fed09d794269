import { screen, waitFor, within } from "@testing-library/react";

/** Finds an open dialog by its title, and the buttons inside it, the way a screen-reader user would. */
export async function findDialog(title: string): Promise<HTMLElement> {
  return screen.findByRole("alertdialog", { name: title });
}

export function dialogButton(dialog: HTMLElement, name: string | RegExp): HTMLElement {
  return within(dialog).getByRole("button", { name });
}

export async function dialogGone(title: string): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("alertdialog", { name: title })).not.toBeInTheDocument());
}
