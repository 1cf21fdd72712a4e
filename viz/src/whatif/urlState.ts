/** The live what-if as carried in the page URL: the changes against the baseline and the replications. */
export interface WhatIfLink {
  readonly changes: unknown;
  readonly replications: number;
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (character) => character.charCodeAt(0)));
}

/** A hash split into the dashboard's route (`#/what-if`, or none) and its parameters. */
function splitHash(hash: string): { route: string; parameters: string } {
  const text = hash.replace(/^#/, '');
  if (!text.startsWith('/')) return { route: '', parameters: text };
  const query = text.indexOf('?');
  return query < 0 ? { route: text, parameters: '' } : { route: text.slice(0, query), parameters: text.slice(query + 1) };
}

/**
 * The URL hash for a what-if: `#whatif=<base64url JSON of the changes>&reps=N`, after the page's
 * route when it has one (`#/what-if?whatif=...&reps=N`), so a link opens the what-if's own page.
 */
export function encodeWhatIf(link: WhatIfLink, currentHash = ''): string {
  const { route } = splitHash(currentHash);
  const parameters = `whatif=${toBase64Url(JSON.stringify(link.changes ?? {}))}&reps=${link.replications}`;
  return route === '' ? `#${parameters}` : `#${route}?${parameters}`;
}

/**
 * The hash without a what-if: the page's route with its other parameters (the chosen scenario),
 * or nothing when there is no route (a bare what-if link, or garbage). The panel calls it when it
 * starts, maybe after the user chose a scenario: dropping every parameter lost that choice.
 */
export function withoutWhatIf(currentHash: string): string {
  const { route, parameters } = splitHash(currentHash);
  if (route === '') return '';
  const kept = new URLSearchParams(parameters);
  kept.delete('whatif');
  kept.delete('reps');
  const query = kept.toString();
  return query === '' ? `#${route}` : `#${route}?${query}`;
}

/** Reads a what-if from a URL hash (with or without a route), or undefined when the hash holds none (or garbage). */
export function decodeWhatIf(hash: string): WhatIfLink | undefined {
  const parameters = new URLSearchParams(splitHash(hash).parameters);
  const encoded = parameters.get('whatif');
  if (encoded === null) return undefined;
  try {
    const replications = Number(parameters.get('reps') ?? '1');
    return {
      changes: JSON.parse(fromBase64Url(encoded)),
      replications: Number.isInteger(replications) && replications > 0 ? replications : 1,
    };
  } catch {
    return undefined;
  }
}
