/** The text to show for a rejected shell promise: its message, never a stack trace, never nothing. */
export function errorText(error: unknown, fallback: string): string {
  if (error instanceof Error && error.message.trim() !== "") return error.message;
  if (typeof error === "string" && error.trim() !== "") return error;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") {
    const message = (error as { message: string }).message;
    if (message.trim() !== "") return message;
  }
  return fallback;
}
