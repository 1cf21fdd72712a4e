import {
  formatKpiForPeople,
  formatSpreadForPeople,
  kpiDefinition,
  pairedDifference,
  targetState,
  type KpiName,
  type ScenarioResult,
  type TargetState,
} from '../../../engine/index.js';
import { KPI_SERIES } from './kpiSeries.js';
import { sparkline } from './sparkline.js';

/** Target states in words, so the state never rests on colour alone. */
const STATE_WORDS: Record<TargetState, string> = { green: 'On target', amber: 'Near target', red: 'Off target' };

let descriptionCount = 0;

function part(className: string, text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.textContent = text;
  return element;
}

/**
 * The change against the baseline, in the KPI's unit. Called better or worse (and coloured) only
 * when the paired 95% interval excludes zero; "not significant" when it does not; nothing more
 * when the runs are not paired (other seed) or there is no interval (one replication).
 */
function changeLine(name: KpiName, result: ScenarioResult, baseline: ScenarioResult | undefined): HTMLElement | undefined {
  const mean = result.kpis[name].mean;
  const base = baseline?.kpis[name].mean ?? null;
  if (baseline === undefined || baseline === result || mean === null || base === null) return undefined;
  const difference = mean - base;
  const spread = formatSpreadForPeople(name, Math.abs(difference), result.currency);
  const line = part('change', `${difference >= 0 ? '+' : '-'}${spread} vs ${baseline.scenario}`);
  const direction = kpiDefinition(name).direction;
  if (direction === 'neither' || result.seed !== baseline.seed) return line;
  const { verdict, ci95 } = pairedDifference(baseline.kpis[name].values, result.kpis[name].values, direction);
  if (ci95 === null) return line;
  if (verdict === 'better' || verdict === 'worse') {
    line.classList.add(verdict);
    line.textContent += ` (${verdict})`;
  } else line.textContent += ' (not significant)';
  return line;
}

/**
 * One KPI's card: its label, the mean in its unit with the 95% interval, the change against the
 * baseline, the sparkline of its daily series when it has one, and its target state when the
 * scenario sets a target. The definition shows on hover and is the card's accessible description.
 */
export function kpiCard(name: KpiName, result: ScenarioResult, baseline: ScenarioResult | undefined): HTMLElement {
  const kpi = kpiDefinition(name);
  const summary = result.kpis[name];
  const card = document.createElement('article');
  card.className = 'card';
  card.dataset.kpi = name;
  card.title = `${kpi.label}: ${kpi.definition}`;
  const title = document.createElement('h4');
  title.className = 'name';
  title.textContent = kpi.label;
  const description = part('definition visually-hidden', kpi.definition);
  description.id = `kpi-definition-${(descriptionCount += 1)}`;
  card.setAttribute('aria-describedby', description.id);
  card.append(title, part('value', formatKpiForPeople(name, summary.mean, result.currency)));
  const half = summary.ci95 === null || summary.mean === null ? null : summary.ci95[1] - summary.mean;
  const interval = formatSpreadForPeople(name, half, result.currency);
  card.append(part('interval', interval === '' ? 'no interval (one replication)' : `95% CI ±${interval}`));
  const change = changeLine(name, result, baseline);
  if (change !== undefined) card.append(change);
  const band = result.targets?.[name];
  const state = band === undefined ? undefined : targetState(name, summary.mean, band);
  if (band !== undefined && state !== undefined) {
    card.dataset.state = state;
    card.classList.add(`state-${state}`);
    const [at, past] = kpi.direction === 'higher' ? ['≥', 'below'] : ['≤', 'above'];
    const green = formatKpiForPeople(name, band.green, result.currency);
    const amber = formatKpiForPeople(name, band.amber, result.currency);
    card.append(part(`target target-${state}`, `${STATE_WORDS[state]} (target ${at} ${green}; off ${past} ${amber})`));
  }
  const series = KPI_SERIES[name];
  const line = series === undefined ? undefined : sparkline(result.series[series.key], result.warmupDays, `Daily course: ${series.words}`);
  if (line !== undefined) card.append(line);
  card.append(description);
  return card;
}

/** A grid of KPI cards. */
export function kpiCards(names: readonly KpiName[], result: ScenarioResult, baseline: ScenarioResult | undefined): HTMLElement {
  const grid = document.createElement('div');
  grid.className = 'cards';
  grid.append(...names.map((name) => kpiCard(name, result, baseline)));
  return grid;
}
