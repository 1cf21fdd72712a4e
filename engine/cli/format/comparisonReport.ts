import type { ComparisonResult } from '../../experiment/compareScenarios.js';
import type { PrecisionStatus } from '../../experiment/precision.js';
import type { KpiName } from '../../kpi/definitions.js';
import { comparableIn, formatDifferenceIn, formatKpiIn } from '../../kpi/formatKpi.js';
import { kpiHeading } from '../../kpi/kpiHeading.js';
import { textTable } from './textTable.js';

/** "+1.20 pp [+0.40 pp, +2.00 pp]": a paired difference with its 95% interval (money in `currency` when given). */
function differenceCell(kpi: KpiName, mean: number | null, ci95: readonly [number, number] | null, currency: string | undefined): string {
  const interval = ci95 === null ? '' : ` [${formatDifferenceIn(kpi, ci95[0], currency)}, ${formatDifferenceIn(kpi, ci95[1], currency)}]`;
  return `${formatDifferenceIn(kpi, mean, currency)}${interval}`;
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
  comparison.variants.forEach(({ variant, kpis }, index) => {
    const currency = comparison.scenarios[index + 1]?.currency;
    parts.push(
      `\n${variant} against ${base.scenario} (difference = ${variant} - ${base.scenario}, 95% paired interval):\n` +
        textTable(
          ['KPI', base.scenario, variant, 'difference [95% CI]', 'verdict'],
          kpis.map((row) => {
            const comparable = comparableIn(row.kpi, base.currency, currency);
            return [
              kpiHeading(row.kpi),
              formatKpiIn(row.kpi, row.base, base.currency),
              formatKpiIn(row.kpi, row.variant, currency),
              comparable
                ? differenceCell(row.kpi, row.mean, row.ci95, currency ?? base.currency)
                : `not comparable (${base.currency} against ${currency})`,
              comparable ? row.verdict : '-',
            ];
          }),
        ),
    );
  });
  if (comparison.best !== null) {
    const { kpi, direction, selections } = comparison.best;
    const tied = selections.filter((selection) => selection.possiblyBest).map((selection) => selection.name);
    parts.push(
      `\nbest on ${kpiHeading(kpi)} (${direction} is better): ${tied.length === 1 ? `${tied[0]} is best` : `${tied.join(', ')} are statistically tied for best`} (subset selection, 95% confidence):\n` +
        textTable(
          ['rank', 'scenario', kpiHeading(kpi), 'possibly best'],
          [...selections]
            .sort((p, q) => p.rank - q.rank)
            .map((selection) => [
              String(selection.rank),
              selection.name,
              formatKpiIn(kpi, selection.mean, comparison.scenarios.find((scenario) => scenario.scenario === selection.name)?.currency),
              selection.possiblyBest ? 'yes' : 'no',
            ]),
        ),
    );
  }
  if (comparison.precision !== null) parts.push(`\n${precisionLines(comparison.precision, comparison.replications)}`);
  return parts.join('');
}
