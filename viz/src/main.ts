import './style.css';
import type { ScenarioResult } from '../../engine/index.js';
import { acceptDroppedResults } from './dropResults.js';
import { loadResults } from './loadResults.js';
import type { DashboardPage, PageContext } from './pages/page.js';
import { dashboardPages } from './pages/registry.js';
import { whatIfSection } from './pages/whatIfPage.js';
import { parseRoute, routeHash } from './router.js';

/** The live what-if's name, as whatIfPanel.ts names it (the panel itself loads after the first page: it brings the scenario schema). */
const LIVE_NAME = 'what-if (live)';

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`dashboard: missing #${id}`);
  return found as T;
}

const results: ScenarioResult[] = [];
/** Bumped whenever `results` change, so cached pages are redrawn. */
let resultsVersion = 0;
/**
 * Pages whose drawing depends only on the results and the chosen scenario: their DOM is kept
 * and put back when the user returns with the same ones, so a page switch does not redraw.
 */
const KEPT_PAGES: ReadonlySet<string> = new Set([
  'summary',
  'service',
  'inventory',
  'warehouse',
  'shipping',
  'returns',
  'costs',
  'comparison',
  'orders',
]);
const keptDom = new Map<string, { readonly key: string; readonly nodes: Node[] }>();
/** Index in `results` of the chosen scenario, kept across pages. */
let selected = 0;
let shown: DashboardPage | undefined;
const whatIfPanel = whatIfSection();
const pages = dashboardPages(whatIfPanel);
const container = element<HTMLElement>('page');
const scenarioSelect = element<HTMLSelectElement>('scenario-select');
const menuButton = element<HTMLButtonElement>('menu-button');

/** The URL of `page` with the chosen scenario (left out for the baseline, so plain links stay plain). */
function hashOf(page: string): string {
  return routeHash({ page, scenario: selected > 0 ? results[selected]?.scenario : undefined });
}

function context(): PageContext {
  return { results, selected, select: choose };
}

/** Chooses a scenario for every page and puts it in the URL. */
function choose(index: number): void {
  selected = Math.max(0, Math.min(index, results.length - 1));
  const next = hashOf(shown?.id ?? pages[0]?.id ?? 'summary');
  if (location.hash !== next) location.hash = next;
  else void render();
}

function drawNavigation(current: DashboardPage): void {
  const links = pages.map((page) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = hashOf(page.id);
    link.textContent = page.title;
    link.dataset.page = page.id;
    if (page === current) link.setAttribute('aria-current', 'page');
    item.append(link);
    return item;
  });
  element('page-links').replaceChildren(...links);
  scenarioSelect.replaceChildren(...results.map((result, index) => new Option(result.scenario, String(index))));
  scenarioSelect.value = String(selected);
  scenarioSelect.disabled = results.length === 0;
}

/** Shows the page the URL names (the first when it names none or an unknown one), with the scenario it names. */
async function render(): Promise<void> {
  const route = parseRoute(location.hash);
  if (route.scenario !== undefined) {
    const index = results.findIndex((result) => result.scenario === route.scenario);
    if (index >= 0) selected = index;
  }
  const page = pages.find((candidate) => candidate.id === route.page) ?? pages[0];
  if (page === undefined) return;
  if (shown !== undefined && shown !== page) shown.hide?.();
  shown = page;
  drawNavigation(page);
  element('pages').classList.remove('open');
  menuButton.setAttribute('aria-expanded', 'false');
  document.title = `${page.title} · fulfill`;
  const key = `${resultsVersion}:${selected}`;
  const kept = keptDom.get(page.id);
  try {
    if (kept !== undefined && kept.key === key) container.replaceChildren(...kept.nodes);
    else {
      await page.show(container, context());
      if (KEPT_PAGES.has(page.id)) keptDom.set(page.id, { key, nodes: [...container.childNodes] });
    }
  } catch (error) {
    container.replaceChildren(`Could not show this page: ${error instanceof Error ? error.message : String(error)}`);
  }
  // What the e2e tests wait for: the page drawn for this scenario.
  document.body.dataset.page = page.id;
  document.body.dataset.scenario = String(selected);
}

/** Adds dropped results, replacing results of the same name; the first dropped becomes the baseline if none is loaded. */
function addDroppedResults(dropped: ScenarioResult[]): void {
  for (const result of dropped) {
    const existing = results.findIndex((candidate) => candidate.scenario === result.scenario);
    if (existing >= 0) results[existing] = result;
    else results.push(result);
  }
  resultsVersion += 1;
  describeResults();
  void render();
}

/** A live what-if's result joins the results (replacing the previous one) and becomes the chosen scenario. */
function addLiveResult(result: ScenarioResult): void {
  const existing = results.findIndex((candidate) => candidate.scenario === LIVE_NAME);
  if (existing >= 0) results.splice(existing, 1);
  results.push(result);
  selected = results.length - 1;
  resultsVersion += 1;
  describeResults();
  // The URL keeps the what-if link the panel wrote; only the pages redraw.
  void render();
  document.body.dataset.live = String(Number(document.body.dataset.live ?? '0') + 1);
}

function describeResults(): void {
  const [baseline] = results;
  element('subtitle').textContent =
    baseline === undefined
      ? 'No results yet: run `fulfill run <scenario> --out DIR`, then `fulfill dashboard DIR`, or run a live what-if (the What-if page).'
      : `${results.length} scenario(s); ${baseline.scenario}: ${baseline.replications} replication(s), ${baseline.horizonDays} days with ${baseline.warmupDays} days warm-up, seed ${baseline.seed}`;
}

async function start(): Promise<void> {
  const loaded = await loadResults();
  results.push(...loaded.results);
  if (loaded.unreadableCount > 0) {
    const more = loaded.unreadableCount > loaded.unreadable.length ? ', …' : '';
    element('unreadable').textContent =
      `${loaded.unreadableCount} result file(s) could not be read and are not shown: ${loaded.unreadable.join(', ')}${more}`;
  }
  describeResults();
  scenarioSelect.addEventListener('change', () => choose(Number(scenarioSelect.value)));
  menuButton.addEventListener('click', () => {
    const open = element('pages').classList.toggle('open');
    menuButton.setAttribute('aria-expanded', String(open));
  });
  window.addEventListener('hashchange', () => void render());
  acceptDroppedResults(document.body, addDroppedResults, (text) => (element('drop-status').textContent = text));
  await render();
  // Time to interactive, read by the e2e timing test: the first page drawn, its controls live.
  performance.mark('fulfill-ready');
  document.body.dataset.ready = 'true';
  const { startWhatIfPanel } = await import('./whatif/whatIfPanel.js');
  await startWhatIfPanel(whatIfPanel, addLiveResult);
  // What the e2e tests wait for: the what-if panel started (it may rewrite the URL as it does).
  document.body.dataset.whatIf = 'started';
}

start().catch((error: unknown) => {
  element('subtitle').textContent = `Could not show results: ${error instanceof Error ? error.message : String(error)}`;
});
