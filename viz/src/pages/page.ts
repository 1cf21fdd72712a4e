import type { ScenarioResult } from '../../../engine/index.js';

/** What every page is shown with: the loaded results and the scenario the user chose. */
export interface PageContext {
  /** Every loaded result, the baseline first. */
  readonly results: readonly ScenarioResult[];
  /** Index in `results` of the chosen scenario, kept across pages (0 when only the baseline is loaded). */
  readonly selected: number;
  /** Chooses another scenario (e.g. a live what-if's result) for every page. */
  readonly select: (index: number) => void;
}

/**
 * One page of the dashboard, reached by its tab and at `#/<id>`. `show` builds the page's DOM
 * inside `container` (it may be called again with a new context: it redraws); `hide` stops
 * anything that keeps running (timers, animation frames) when the user leaves the page.
 */
export interface DashboardPage {
  /** The route: `#/<id>`, lower-case words joined by hyphens. */
  readonly id: string;
  /** The tab's words. */
  readonly title: string;
  show(container: HTMLElement, context: PageContext): void | Promise<void>;
  hide?(): void;
}
