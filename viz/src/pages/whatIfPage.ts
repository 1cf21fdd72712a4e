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
  // The panel's controls as startWhatIfPanel finds them (by class).
  root.innerHTML = `
    <div class="whatif-controls">
      <label>Replications <input class="whatif-reps" type="number" min="1" max="50" value="1" /></label>
      <button class="whatif-run" type="button">Run what-if</button>
      <button class="whatif-reset" type="button">Reset to baseline</button>
      <button class="whatif-save" type="button">Save scenario JSON</button>
      <label>Load scenario JSON <input class="whatif-load" type="file" accept="application/json,.json" /></label>
      <progress class="whatif-progress" max="1" value="0" aria-label="What-if progress"></progress>
      <span class="whatif-status" role="status"></span>
    </div>
    <details open>
      <summary>Scenario (every field, filled with the baseline)</summary>
      <div class="whatif-form"></div>
    </details>`;
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
