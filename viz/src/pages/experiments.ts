import type { ExperimentDocument, ExperimentKind, ExperimentSummary } from '../../../engine/index.js';
import { labelledSelect, paragraph } from '../views/experiments/controls.js';
import { renderCompare } from '../views/experiments/compareView.js';
import { renderLeaderboard } from '../views/experiments/leaderboardView.js';
import { renderOptimize } from '../views/experiments/optimizeView.js';
import { renderSweep } from '../views/experiments/sweepView.js';
import type { DashboardPage } from './page.js';

const KIND_WORDS: Record<ExperimentKind, string> = {
  sweep: 'Sweep',
  optimize: 'Optimization',
  compare: 'Comparison',
  leaderboard: 'Policy leaderboard',
};

const STATUS_WORDS: Record<ExperimentSummary['status'], string> = {
  complete: '',
  unknown: '',
  running: 'Still running when this was read: reload for the rest.',
  partial: 'Interrupted: only what finished is shown.',
  failed: 'The command stopped on an error: only what finished is shown.',
};

/** The words of an experiment in the picker: kind, where, when. */
function describe(summary: ExperimentSummary): string {
  const where = summary.name === '.' ? 'this folder' : summary.name;
  return `${KIND_WORDS[summary.kind]}: ${where} (${summary.writtenAt.slice(0, 16).replace('T', ' ')} UTC)`;
}

/** GETs a JSON answer of the dashboard server, or throws its `error` in words. */
async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  if (!response.ok) throw new Error(typeof body?.error === 'string' ? body.error : `the server answered ${response.status}`);
  return body as T;
}

function renderDocument(container: HTMLElement, document: ExperimentDocument): void {
  if ('sweep' in document) renderSweep(container, document.sweep);
  else if ('optimize' in document) renderOptimize(container, document.optimize);
  else if ('comparison' in document) renderCompare(container, document.comparison, document.results);
  else renderLeaderboard(container, document.leaderboard);
}

/** Counts the show calls, so an answer that arrives after the user moved on is dropped. */
let generation = 0;

/**
 * The Experiments page: the sweep, optimize and compare folders and policy leaderboards of the
 * served folder (and one level down), one at a time, each with its own chart or table.
 */
export const experimentsPage: DashboardPage = {
  id: 'experiments',
  title: 'Experiments',
  async show(container) {
    const own = ++generation;
    const view = document.createElement('div');
    view.className = 'experiment-view';
    const status = paragraph('', 'warning');
    status.setAttribute('role', 'status');
    const section = document.createElement('section');
    section.className = 'experiments';
    section.setAttribute('aria-labelledby', 'experiments-title');
    const title = document.createElement('h2');
    title.textContent = 'Experiments';
    title.id = 'experiments-title';
    section.append(title, paragraph('Loading the experiments of this folder…'));
    container.replaceChildren(section);
    let list: ExperimentSummary[];
    try {
      list = await getJson<ExperimentSummary[]>('api/experiments');
    } catch (error) {
      section.replaceChildren(
        title,
        paragraph(`Could not list the experiments: ${error instanceof Error ? error.message : String(error)}`, 'warning'),
      );
      return;
    }
    if (own !== generation) return;
    if (list.length === 0) {
      section.replaceChildren(
        title,
        paragraph(
          'No experiments in this folder yet. Write one into it (or into a folder inside it) with `fulfill sweep … --out DIR`, `fulfill optimize … --out DIR`, `fulfill compare … --out DIR` or `npm run bench:policies -- --out DIR/policies.json`, then reload.',
        ),
      );
      return;
    }
    const open = async (name: string): Promise<void> => {
      const summary = list.find((entry) => entry.name === name);
      status.textContent = summary === undefined ? '' : STATUS_WORDS[summary.status];
      view.replaceChildren(paragraph('Loading…'));
      view.dataset.kind = '';
      try {
        const document = await getJson<ExperimentDocument>(`api/experiments?name=${encodeURIComponent(name)}`);
        if (own !== generation) return;
        renderDocument(view, document);
        view.dataset.kind = document.summary.kind;
      } catch (error) {
        view.replaceChildren(paragraph(`Could not show ${name}: ${error instanceof Error ? error.message : String(error)}`, 'warning'));
      }
    };
    const first = list[0] as ExperimentSummary;
    const picker = labelledSelect(
      'Experiment',
      list.map((entry) => [entry.name, describe(entry)] as const),
      first.name,
      (name) => void open(name),
    );
    picker.classList.add('experiment-picker');
    section.replaceChildren(title, paragraph(`${list.length} experiment(s) in this folder, newest first.`), picker, status, view);
    await open(first.name);
  },
  hide() {
    // Nothing keeps running; a fetch still in flight is dropped when it lands.
    generation++;
  },
};
