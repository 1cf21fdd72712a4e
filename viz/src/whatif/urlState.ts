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

/** The URL hash for a what-if: `#whatif=<base64url JSON of the changes>&reps=N`. */
export function encodeWhatIf(link: WhatIfLink): string {
  return `#whatif=${toBase64Url(JSON.stringify(link.changes ?? {}))}&reps=${link.replications}`;
}

/** Reads a what-if from a URL hash, or undefined when the hash holds none (or garbage). */
export function decodeWhatIf(hash: string): WhatIfLink | undefined {
  const parameters = new URLSearchParams(hash.replace(/^#/, ''));
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
