import type { DashboardPage } from './page.js';
import { pageHeading } from './parts.js';

/**
 * The live what-if panel's section. It is built once and kept while the user visits other
 * pages, so a run in progress, its worker and the form's edits survive a page switch.
 */
export function whatIfSection(): HTMLElement {
  const root = document.createElement('section');
  root.id = 'whatif';
  root.setAttribute('aria-label', 'Live what-if');
  // Empty: startWhatIfPanel builds the levers, run bar and Advanced form inside it.
  return root;
}

/** The what-if page: shows the one panel section (see whatIfSection); its result joins every page as "what-if (live)". */
export function whatIfPage(panel: HTMLElement): DashboardPage {
  return {
    id: 'what-if',
    title: 'What-if',
    show(container) {
      container.replaceChildren(
        ...pageHeading('What-if', 'Change the baseline and run it here, in your browser; the result joins every page as "what-if (live)".'),
        panel,
      );
    },
  };
}
