import { summarySentences, type KpiName, type ScenarioResult } from '../../../engine/index.js';
import { kpiCards } from '../views/kpiCards.js';
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
  } else {
    // summarySentences says itself when replications are not paired or too few for an interval.
    const sentences = summarySentences(baseline, variant, variant.currency === undefined ? {} : { currency: variant.currency });
    body.push(
      note(`${variant.scenario} against ${baseline.scenario}, paired by replication: significant changes only, largest first.`),
      ...sentences.map((sentence) => {
        const paragraph = document.createElement('p');
        paragraph.className = 'sentence';
        paragraph.textContent = sentence;
        return paragraph;
      }),
    );
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
