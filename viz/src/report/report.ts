import '../style.css';
import './report.css';
import { summarySentences, type ScenarioResult } from '../../../engine/index.js';
import { renderDistributionChart } from '../views/distributionChart.js';
import { renderJourneyChart } from '../views/journeyChart.js';
import { renderPairedChart } from '../views/pairedChart.js';
import { renderSeriesChart } from '../views/seriesChart.js';
import { embeddedReport, type EmbeddedReport } from './embeddedReport.js';
import { relabelKpis } from './kpiText.js';
import { comparisonTable, headlineTable } from './reportTables.js';

// The page `fulfill report` writes: read-only, from the data embedded in the file, with no request.

/**
 * A container that scrolls sideways on a phone: focusable, so the keyboard can scroll it, and
 * named, so a screen reader says what it holds.
 */
function scroller(className: string, name: string): HTMLDivElement {
  const created = element('div', '', className);
  created.tabIndex = 0;
  created.setAttribute('role', 'region');
  created.setAttribute('aria-label', name);
  return created;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', className = ''): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  if (className !== '') created.className = className;
  return created;
}

/** A titled section appended to the page. */
function section(root: HTMLElement, id: string, title: string): HTMLElement {
  const created = element('section');
  created.id = id;
  created.setAttribute('aria-labelledby', `${id}-title`);
  const heading = element('h2', title);
  heading.id = `${id}-title`;
  created.append(heading);
  root.append(created);
  return created;
}

/** A chart drawn by `draw` into a new container in `parent` (named `name` for screen readers), KPI identifiers replaced by labels. */
function chart(parent: HTMLElement, title: string, draw: (container: HTMLElement) => void, name = title): void {
  if (title !== '') parent.append(element('h3', title));
  const container = scroller('chart', name);
  parent.append(container);
  draw(container);
  relabelKpis(container);
}

function header(root: HTMLElement, report: EmbeddedReport, baseline: ScenarioResult): void {
  const top = element('header');
  top.append(element('h1', `Simulation report: ${report.folder}`));
  const count = report.results.length === 1 ? '1 scenario' : `${report.results.length} scenarios`;
  top.append(
    element(
      'p',
      `${count}; ${baseline.scenario}: ${baseline.replications} replication(s) of ${baseline.horizonDays} days after ${baseline.warmupDays} days of warm-up, seed ${baseline.seed}. ` +
        'Differences are paired by replication (common random numbers) and called significant when their 95% interval excludes zero.',
    ),
  );
  top.append(
    element(
      'p',
      'A read-only report: the live what-if and the order inspector need the dashboard (`fulfill dashboard` on the results folder).',
      'note',
    ),
  );
  if (report.unreadable.length > 0) {
    const names = report.unreadable.map(({ file, reason }) => `${file} (${reason})`).join('; ');
    top.append(element('p', `${report.unreadable.length} result file(s) left out: ${names}`, 'warning'));
  }
  root.append(top);
}

function summary(root: HTMLElement, results: readonly ScenarioResult[], baseline: ScenarioResult): void {
  const part = section(root, 'summary', 'Summary');
  const table = scroller('report-table', 'headline KPIs');
  table.append(headlineTable(results));
  part.append(table);
  const variants = results.filter((result) => result !== baseline);
  if (variants.length === 0) part.append(element('p', `Only ${baseline.scenario} is in this folder: no what-if to compare it with.`));
  for (const variant of variants) {
    part.append(element('h3', `${variant.scenario} against ${baseline.scenario}`));
    const list = element('ul', '', 'sentences');
    for (const sentence of summarySentences(baseline, variant)) list.append(element('li', sentence));
    part.append(list);
  }
}

function render(root: HTMLElement, report: EmbeddedReport): void {
  const [baseline] = report.results;
  if (baseline === undefined) {
    root.append(element('h1', 'Simulation report'), element('p', 'This report holds no scenario results.'));
    return;
  }
  const { results } = report;
  header(root, report, baseline);
  const main = element('main');
  root.append(main);
  summary(main, results, baseline);
  const comparison = section(main, 'comparison', 'Comparison');
  const table = scroller('report-table', 'every KPI');
  table.append(comparisonTable(results));
  comparison.append(table);
  for (const variant of results.slice(1)) {
    chart(comparison, `${variant.scenario} against ${baseline.scenario}, every KPI`, (container) =>
      renderPairedChart(container, baseline, variant),
    );
  }
  const journey = section(main, 'journey', "Where an order's time goes");
  for (const result of results)
    chart(journey, '', (container) => renderJourneyChart(container, result), `where an order's time goes, ${result.scenario}`);
  const distributions = section(main, 'distributions', 'Cycle time distribution');
  for (const result of results)
    chart(distributions, '', (container) => renderDistributionChart(container, result, 'cycleTimeHours'), `cycle time, ${result.scenario}`);
  const series = section(main, 'series', 'Daily series');
  chart(series, 'Orders shipped per day', (container) => renderSeriesChart(container, results, 'ordersShipped'));
  chart(series, 'Backlog at the end of each day', (container) => renderSeriesChart(container, results, 'backlogOrders'));
}

const root = document.body;
const host = document.getElementById('report');
host?.remove();
try {
  render(root, embeddedReport());
  document.body.dataset.ready = 'true';
} catch (error) {
  root.append(element('p', `Could not show this report: ${error instanceof Error ? error.message : String(error)}`, 'warning'));
}
