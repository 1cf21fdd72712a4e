import type { ComparisonFile, ScenarioResult } from '../../../../engine/index.js';
import { renderComparison } from '../comparisonTable.js';
import { renderPairedChart } from '../pairedChart.js';
import { labelledSelect, paragraph, scrollable } from './controls.js';
import { metricLabel } from './labels.js';

/** A compare folder: each variant against the base, paired (the chart), and every scenario's means (the table). */
export function renderCompare(container: HTMLElement, comparison: ComparisonFile, results: readonly ScenarioResult[]): void {
  const [base, ...variants] = results;
  if (base === undefined || variants.length === 0) {
    container.replaceChildren(paragraph('This comparison has no variant to show.'));
    return;
  }
  const chart = scrollable('chart', 'paired differences chart');
  const table = scrollable('table', 'means of every scenario');
  const show = (name: string): void =>
    renderPairedChart(chart, base, variants.find((variant) => variant.scenario === name) ?? (variants[0] as ScenarioResult));
  const parts: HTMLElement[] = [
    paragraph(
      `${results.length} scenarios, ${comparison.replications} paired replications each (seed ${comparison.seed}); each variant against ${base.scenario}.`,
    ),
  ];
  if (comparison.best !== null) {
    const tied = comparison.best.selections.filter((selection) => selection.possiblyBest).map((selection) => selection.name);
    parts.push(
      paragraph(
        `Tied for best on ${metricLabel(comparison.best.kpi).toLowerCase()} (95% subset selection): ${tied.join(', ')}.`,
        'experiment-verdict',
      ),
    );
  }
  if (variants.length > 1)
    parts.push(
      labelledSelect(
        'Variant',
        variants.map((variant) => [variant.scenario, variant.scenario] as const),
        variants[0]?.scenario ?? '',
        show,
      ),
    );
  parts.push(chart, table);
  container.replaceChildren(...parts);
  show(variants[0]?.scenario ?? '');
  renderComparison(table, results);
}
