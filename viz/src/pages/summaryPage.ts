import type { KpiName, ScenarioResult } from '../../../engine/index.js';
import { kpiCards } from '../views/kpiCards.js';
import { significantChanges } from '../views/significantChanges.js';
import type { DashboardPage } from './page.js';
import { note, pageHeading, section } from './parts.js';

/** The KPIs a manager reads first, one or two per area. */
const HEADLINE: readonly KpiName[] = [
  'onTimeRate',
  'cycleTimeHours',
  'cycleTimeP95Hours',
  'ordersShipped',
  'fillRate',
  'pickerUtilization',
  'packerUtilization',
  'costPerOrder',
  'satisfaction',
];

/** The headline KPIs, then any other KPI the scenario sets a target for. */
function headlineOf(result: ScenarioResult): KpiName[] {
  const targeted = Object.keys(result.targets ?? {}) as KpiName[];
  return [...HEADLINE, ...targeted.filter((name) => !HEADLINE.includes(name))];
}

/** What the chosen what-if changes against the baseline, in words, largest first; only significant changes. */
function changesSection(results: readonly ScenarioResult[], selected: number): HTMLElement {
  const [baseline] = results;
  const variant = results[selected];
  const body: Node[] = [];
  if (baseline === undefined || variant === undefined || selected === 0) {
    body.push(
      note(
        results.length > 1
          ? 'Choose a what-if in the scenario menu above to see what it changes against the baseline.'
          : 'Only the baseline is loaded: run a what-if (the What-if page) to see what it would change.',
      ),
    );
  } else if (variant.seed !== baseline.seed) {
    body.push(
      note(
        `${variant.scenario} ran with seed ${variant.seed}, the baseline with ${baseline.seed}: its replications are not paired, so no change can be tested.`,
      ),
    );
  } else if (Math.min(variant.replications, baseline.replications) < 2) {
    body.push(note('One replication only: there is no interval, so no change can be called significant. Run 2 or more replications.'));
  } else {
    const changes = significantChanges(baseline, variant);
    if (changes.length === 0) body.push(note(`No KPI changed significantly over ${variant.replications} paired replications.`));
    else {
      const list = document.createElement('ul');
      list.className = 'changes';
      list.append(
        ...changes.map((change) => {
          const item = document.createElement('li');
          item.dataset.kpi = change.name;
          item.className = change.verdict === 'better' ? 'better' : change.verdict === 'worse' ? 'worse' : '';
          item.textContent = change.text;
          return item;
        }),
      );
      body.push(
        note(`${variant.scenario} against ${baseline.scenario}, paired by replication; significant changes only, largest first.`),
        list,
      );
    }
  }
  return section('summary-changes', 'What changes against the baseline', ...body);
}

/** The first page: the chosen scenario's headline KPIs with their target state, and what it changes against the baseline. */
export const summaryPage: DashboardPage = {
  id: 'summary',
  title: 'Summary',
  show(container, context) {
    const result = context.results[context.selected];
    if (result === undefined) {
      container.replaceChildren(
        ...pageHeading('Summary', ''),
        note(
          'No results yet: run `fulfill run <scenario> --out DIR`, then `fulfill dashboard DIR`, or run a live what-if (the What-if page).',
        ),
      );
      return;
    }
    container.replaceChildren(
      ...pageHeading(
        'Summary',
        `${result.scenario}: ${result.replications} replication(s) of ${result.horizonDays} days, ${result.warmupDays} days warm-up`,
      ),
      section('headline', 'Headline figures', kpiCards(headlineOf(result), result, context.results[0])),
      changesSection(context.results, context.selected),
    );
  },
};
