import {
  comparableIn,
  formatDifferenceIn,
  formatKpiIn,
  KPI_DEFINITIONS,
  kpiHeading,
  pairedDifference,
  targetState,
  type KpiName,
  type ScenarioResult,
  type TargetState,
} from '../../../engine/index.js';

/** The KPIs a manager reads first. */
export const HEADLINE_KPIS: readonly KpiName[] = [
  'ordersShipped',
  'onTimeRate',
  'cycleTimeHours',
  'fillRate',
  'costPerOrder',
  'pickerUtilization',
];

/** How a cell names a KPI's state against the scenario's target (the dashboard's words). */
const TARGET_WORDS: Record<TargetState, string> = { green: 'on target', amber: 'near target', red: 'off target' };

function headerRow(table: HTMLTableElement, titles: readonly string[]): void {
  const row = table.createTHead().insertRow();
  for (const title of titles) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = title;
    row.append(cell);
  }
}

function kpiRow(table: HTMLTableElement, kpi: KpiName): HTMLTableRowElement {
  const row = (table.tBodies[0] ?? table.createTBody()).insertRow();
  const name = document.createElement('th');
  name.scope = 'row';
  name.textContent = kpiHeading(kpi);
  name.title = KPI_DEFINITIONS.find((definition) => definition.name === kpi)?.definition ?? '';
  row.append(name);
  return row;
}

/** Each scenario's headline KPIs (means over replications). */
export function headlineTable(results: readonly ScenarioResult[]): HTMLTableElement {
  const table = document.createElement('table');
  const targeted = results.some((result) => HEADLINE_KPIS.some((kpi) => result.targets?.[kpi] !== undefined));
  table.createCaption().textContent = `Headline KPIs, mean over replications${targeted ? "; on, near or off the scenario's target where it sets one" : ''}`;
  headerRow(table, ['KPI', ...results.map((result) => result.scenario)]);
  table.createTBody();
  for (const kpi of HEADLINE_KPIS) {
    const row = kpiRow(table, kpi);
    for (const result of results) {
      const cell = row.insertCell();
      const mean = result.kpis[kpi].mean;
      cell.textContent = formatKpiIn(kpi, mean, result.currency);
      // Against the scenario's own target, in words (the colour only repeats them).
      const band = result.targets?.[kpi];
      const state = band === undefined ? undefined : targetState(kpi, mean, band);
      if (state === undefined) continue;
      cell.textContent += ` (${TARGET_WORDS[state]})`;
      cell.className = `target-${state}`;
    }
  }
  return table;
}

/**
 * Every KPI of every scenario, with each what-if's paired difference from the baseline and its
 * verdict (when both ran with the same seed; rates in percentage points).
 */
export function comparisonTable(results: readonly ScenarioResult[]): HTMLTableElement {
  const [baseline] = results;
  const table = document.createElement('table');
  table.createCaption().textContent = `Every KPI: mean over replications; for a what-if, the paired difference from ${baseline?.scenario ?? 'the baseline'} and whether it is significant`;
  headerRow(table, ['KPI', ...results.map((result) => result.scenario)]);
  table.createTBody();
  for (const { name: kpi, direction } of KPI_DEFINITIONS) {
    const row = kpiRow(table, kpi);
    for (const result of results) {
      const cell = row.insertCell();
      cell.textContent = formatKpiIn(kpi, result.kpis[kpi].mean, result.currency);
      if (baseline === undefined || result === baseline || result.seed !== baseline.seed) continue;
      if (!comparableIn(kpi, baseline.currency, result.currency)) {
        cell.textContent += ' (another currency: not compared)';
        continue;
      }
      const paired = pairedDifference(baseline.kpis[kpi].values, result.kpis[kpi].values, direction);
      if (paired.mean === null) continue;
      const verdict = paired.verdict === 'no significant difference' ? 'not significant' : paired.verdict;
      cell.textContent += ` (${formatDifferenceIn(kpi, paired.mean, result.currency ?? baseline.currency)}, ${verdict})`;
      if (paired.verdict === 'better' || paired.verdict === 'worse') cell.className = paired.verdict;
    }
  }
  return table;
}
