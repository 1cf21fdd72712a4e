/**
 * What plugin code threw, as text for a message. Plugin code may throw anything: an Error (its
 * message), a string or number (as written), or an object that cannot become text at all
 * (`Object.create(null)`, a Proxy, a `toString` that throws), which must not turn a plugin's
 * mistake into an internal error of ours.
 */
export function thrownText(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return `a value that cannot be shown as text (${typeof error})`;
  }
}
