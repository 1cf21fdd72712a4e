/**
 * Characters no one sees: controls (Unicode category Cc, tab and line breaks included) and format
 * characters (Cf: zero-width spaces and joiners, bidirectional controls, a byte-order mark inside
 * text, soft hyphens). In an id, a code or a name, two that differ only by one look alike.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}]/u;

/**
 * Why `text`, a value that identifies something (`what`: "an order id", "a SKU code"), cannot be
 * used, or undefined: it holds an invisible character, named by its code point, never shown.
 */
export function invisibleCharacterProblem(what: string, text: string): string | undefined {
  const found = INVISIBLE.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = (found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `expected ${what} without invisible characters, got one holding U+${code} at position ${[...text].indexOf(found) + 1} (two that differ only by it would look alike: remove it)`;
}
