import type { ScenarioResult } from '../../experiment/runScenario.js';
import { KPI_NAMES } from '../../kpi/definitions.js';
import type { Summary } from '../../stats/summary.js';
import { formatHalfWidth, formatKpi } from './formatKpi.js';

function cell(name: (typeof KPI_NAMES)[number], summary: Summary): string {
  const half = summary.ci95 === null || summary.mean === null ? null : summary.ci95[1] - summary.mean;
  const text = formatKpi(name, summary.mean);
  const width = formatHalfWidth(name, half);
  return width === '' ? text : `${text} ${width}`;
}

/** Renders a plain-text table: one row per KPI, one column per scenario (mean ± 95% half-width). */
export function kpiTable(results: readonly ScenarioResult[]): string {
  const header = ['KPI', ...results.map((result) => result.scenario)];
  const rows = KPI_NAMES.map((name) => [name, ...results.map((result) => cell(name, result.kpis[name]))]);
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

/** Renders a comparison: each what-if's KPI means and change against the first (base) result. */
export function comparisonTable(results: readonly ScenarioResult[]): string {
  const base = results[0];
  if (base === undefined) return '';
  const header = ['KPI', base.scenario, ...results.slice(1).map((result) => result.scenario)];
  const rows = KPI_NAMES.map((name) => {
    const baseMean = base.kpis[name].mean;
    return [
      name,
      formatKpi(name, baseMean),
      ...results.slice(1).map((result) => {
        const mean = result.kpis[name].mean;
        if (mean === null || baseMean === null) return formatKpi(name, mean);
        const change = baseMean === 0 ? (mean === 0 ? 0 : Infinity) : ((mean - baseMean) / Math.abs(baseMean)) * 100;
        const arrow = Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${change.toFixed(1)}%` : 'new';
        return `${formatKpi(name, mean)} (${arrow})`;
      }),
    ];
  });
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row.map((text, column) => (column === 0 ? text.padEnd(widths[column] ?? 0) : text.padStart(widths[column] ?? 0))).join('  ');
  return `${line(header)}\n${line(widths.map((width) => '-'.repeat(width)))}\n${rows.map(line).join('\n')}\n`;
}
