/** A dashboard view as its URL holds it: the page and the chosen scenario. */
export interface Route {
  readonly page: string;
  /** The chosen scenario's name, when the URL names one. */
  readonly scenario: string | undefined;
}

/** The page shown when the URL names none. */
export const DEFAULT_PAGE = 'summary';

/**
 * Reads `#/<page>?scenario=<name>`. A what-if link (`#whatif=...&reps=N`, written by the what-if
 * panel) opens the what-if page, which reads the rest of the hash itself.
 */
export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#/, '');
  if (/(^|&)whatif=/.test(text)) return { page: 'what-if', scenario: undefined };
  const match = /^\/([a-z0-9-]*)(?:\?(.*))?$/.exec(text);
  if (match === null) return { page: DEFAULT_PAGE, scenario: undefined };
  const parameters = new URLSearchParams(match[2] ?? '');
  return { page: match[1] === '' || match[1] === undefined ? DEFAULT_PAGE : match[1], scenario: parameters.get('scenario') ?? undefined };
}

/** The hash of a route: `#/<page>`, with `?scenario=<name>` when a scenario other than the baseline is chosen. */
export function routeHash(route: Route): string {
  const query = route.scenario === undefined ? '' : `?${new URLSearchParams({ scenario: route.scenario }).toString()}`;
  return `#/${route.page}${query}`;
}
