import type { ComparisonResult } from '../../experiment/compareScenarios.js';
import type { PrecisionStatus } from '../../experiment/precision.js';
import { formatDifference, formatKpi } from '../../kpi/formatKpi.js';
import { kpiHeading } from '../../kpi/kpiHeading.js';
import { textTable } from './textTable.js';

/** "+1.20 pp [+0.40 pp, +2.00 pp]": a paired difference with its 95% interval. */
function differenceCell(kpi: Parameters<typeof formatKpi>[0], mean: number | null, ci95: readonly [number, number] | null): string {
  const interval = ci95 === null ? '' : ` [${formatDifference(kpi, ci95[0])}, ${formatDifference(kpi, ci95[1])}]`;
  return `${formatDifference(kpi, mean)}${interval}`;
}

/** How the precision targets ended: half-width reached against the one asked for. */
export function precisionLines(statuses: readonly PrecisionStatus[] | null, replications: number): string {
  if (statuses === null) return '';
  const lines = statuses.map(
    (status) =>
      `  ${status.label}: half-width ${status.halfWidth === null ? '-' : status.halfWidth.toPrecision(3)} (wanted <= ${status.wanted.toPrecision(3)})${status.met ? '' : ' NOT MET'}`,
  );
  const verdict = statuses.every((status) => status.met)
    ? `precision reached with ${replications} replications`
    : `precision not reached within ${replications} replications`;
  return `${verdict}:\n${lines.join('\n')}\n`;
}

/** The text `fulfill compare` prints: one table per variant, then the best subset. */
export function comparisonReport(comparison: ComparisonResult): string {
  const [base] = comparison.scenarios;
  if (base === undefined) return '';
  const parts = [
    `${comparison.replications} paired replications (common random numbers), seed ${comparison.seed}, ${base.horizonDays} days with ${base.warmupDays} days warm-up\n`,
  ];
  for (const { variant, kpis } of comparison.variants) {
    parts.push(
      `\n${variant} against ${base.scenario} (difference = ${variant} - ${base.scenario}, 95% paired interval):\n` +
        textTable(
          ['KPI', base.scenario, variant, 'difference [95% CI]', 'verdict'],
          kpis.map((row) => [
            kpiHeading(row.kpi),
            formatKpi(row.kpi, row.base),
            formatKpi(row.kpi, row.variant),
            differenceCell(row.kpi, row.mean, row.ci95),
            row.verdict,
          ]),
        ),
    );
  }
  if (comparison.best !== null) {
    const { kpi, direction, selections } = comparison.best;
    const tied = selections.filter((selection) => selection.possiblyBest).map((selection) => selection.name);
    parts.push(
      `\nbest on ${kpi} (${direction} is better): ${tied.length === 1 ? `${tied[0]} is best` : `${tied.join(', ')} are statistically tied for best`} (subset selection, 95% confidence):\n` +
        textTable(
          ['rank', 'scenario', kpi, 'possibly best'],
          [...selections]
            .sort((p, q) => p.rank - q.rank)
            .map((selection) => [
              String(selection.rank),
              selection.name,
              formatKpi(kpi, selection.mean),
              selection.possiblyBest ? 'yes' : 'no',
            ]),
        ),
    );
  }
  if (comparison.precision !== null) parts.push(`\n${precisionLines(comparison.precision, comparison.replications)}`);
  return parts.join('');
}
