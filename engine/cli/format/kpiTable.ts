import { worstSkus } from '../../experiment/aggregateSkus.js';
import { SKU_COLUMNS, skuRow } from '../../experiment/skuRows.js';
import type { ScenarioResult } from '../../experiment/runScenario.js';
import { KPI_NAMES } from '../../kpi/definitions.js';
import type { Summary } from '../../stats/summary.js';
import { comparableIn, formatHalfWidth, formatKpiIn } from '../../kpi/formatKpi.js';
import { kpiHeading } from '../../kpi/kpiHeading.js';

function cell(name: (typeof KPI_NAMES)[number], summary: Summary, currency: string | undefined): string {
  const half = summary.ci95 === null || summary.mean === null ? null : summary.ci95[1] - summary.mean;
  const text = formatKpiIn(name, summary.mean, currency);
  const width = formatHalfWidth(name, half);
  return width === '' ? text : `${text} ${width}`;
}

/** Renders a plain-text table: one row per KPI, one column per scenario (mean ± 95% half-width). */
export function kpiTable(results: readonly ScenarioResult[]): string {
  const header = ['KPI', ...results.map((result) => result.scenario)];
  const rows = KPI_NAMES.map((name) => [kpiHeading(name), ...results.map((result) => cell(name, result.kpis[name], result.currency))]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((text, column) => (column === 0 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0))).join('  ');
  const first = results[0];
  const caption =
    first === undefined
      ? ''
      : `${first.replications} replication(s), seed ${first.seed}, ${first.horizonDays} days with ${first.warmupDays} days warm-up; mean ± 95% half-width\n`;
  return `${caption}${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}\n`;
}

/** The ten SKUs with the lowest fill rate, per scenario, and fill rate by ABC class. */
export function worstSkuTable(result: ScenarioResult): string {
  const classes = (['A', 'B', 'C'] as const)
    .map((abcClass) => {
      const entry = result.inventory.abcClasses[abcClass];
      const rate = entry.fillRate.mean === null ? '-' : `${(entry.fillRate.mean * 100).toFixed(2)}%`;
      return `${abcClass} ${entry.skus} SKUs, ${(entry.demandShare * 100).toFixed(1)}% of units, fill rate ${rate}`;
    })
    .join('; ');
  const header = [...SKU_COLUMNS];
  const rows = worstSkus(result.inventory.skus).map(skuRow);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((text, column) => text.padStart(widths[column] ?? 0)).join('  ');
  return `\n${result.scenario}: fill rate by ABC class (by demand value): ${classes}\nten worst SKUs by fill rate (means over replications):\n${line(header)}\n${rows.map(line).join('\n')}\n`;
}

/** A scenario's column title: its name without the `what-if-` prefix. */
function shortName(name: string): string {
  return name.replace(/^what-if-/, '');
}

/** One comparison table: the base's KPI means and each variant's mean with its change against the base. */
function comparisonChunk(base: ScenarioResult, variants: readonly ScenarioResult[]): string {
  const header = ['KPI', shortName(base.scenario), ...variants.map((result) => shortName(result.scenario))];
  const rows = KPI_NAMES.map((name) => {
    const baseMean = base.kpis[name].mean;
    return [
      kpiHeading(name),
      formatKpiIn(name, baseMean, base.currency),
      ...variants.map((result) => {
        const mean = result.kpis[name].mean;
        if (mean === null || baseMean === null) return formatKpiIn(name, mean, result.currency);
        if (!comparableIn(name, base.currency, result.currency)) return `${formatKpiIn(name, mean, result.currency)} (another currency)`;
        const change = baseMean === 0 ? (mean === 0 ? 0 : Infinity) : ((mean - baseMean) / Math.abs(baseMean)) * 100;
        const text = Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${change.toFixed(1)}%` : 'new';
        return `${formatKpiIn(name, mean, result.currency)} (${text})`;
      }),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((text, column) => (column === 0 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0))).join('  ');
  return `${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}\n`;
}

/**
 * Renders a comparison of each variant against the first (base) result: KPI means with the
 * relative change, in tables of at most `perTable` variants so they fit a terminal.
 */
export function comparisonTable(results: readonly ScenarioResult[], perTable = 3): string {
  const [base, ...variants] = results;
  if (base === undefined) return '';
  if (variants.length === 0) return comparisonChunk(base, []);
  const tables: string[] = [];
  for (let start = 0; start < variants.length; start += perTable)
    tables.push(comparisonChunk(base, variants.slice(start, start + perTable)));
  return tables.join('\n');
}
