import * as d3 from 'd3';
import type { EvaluatedPoint, FinalistStanding, OptimizeResult, Summary } from '../../../../engine/index.js';
import { chartSvg } from '../chartFrame.js';
import { heading, paragraph, scrollable } from './controls.js';
import { formatMetric, metricLabel, metricUnit, settingLabel } from './labels.js';

const STANDING_WORDS: Record<FinalistStanding, string> = {
  best: 'best',
  tied: 'tied with the best (not significantly worse, 95% subset selection)',
  worse: 'significantly worse than the best',
  infeasible: 'breaks a constraint once re-run with more replications',
};

/** "minimize cost per order" or "minimize 1 × stock on hand + 9 × backorders". */
function objectiveWords(result: OptimizeResult): string {
  const { terms, sense } = result.objective;
  const words = terms.map((term) => `${term.weight === 1 ? '' : `${term.weight} × `}${metricLabel(term.kpi).toLowerCase()}`).join(' + ');
  return `${sense} ${words}`;
}

/** The objective's values in the KPI's own format when it is one KPI of weight 1, plain numbers otherwise. */
function objectiveFormat(result: OptimizeResult): (value: number | null) => string {
  const [term, ...rest] = result.objective.terms;
  if (term !== undefined && rest.length === 0 && term.weight === 1) return (value) => formatMetric(term.kpi, value);
  return (value) => (value === null || !Number.isFinite(value) ? '-' : value.toFixed(3));
}

function withInterval(summary: Summary, format: (value: number | null) => string): string {
  if (summary.ci95 === null) return format(summary.mean);
  return `${format(summary.mean)} (${format(summary.ci95[0])} to ${format(summary.ci95[1])})`;
}

/** The objective of every evaluated point in the order the search ran them, feasible or not, and the best so far. */
function evaluationChart(result: OptimizeResult, ordered: readonly EvaluatedPoint[]): SVGSVGElement {
  const frame = { width: 900, height: 360, margin: { top: 40, right: 30, bottom: 50, left: 90 } };
  const { width, height, margin } = frame;
  const defined = ordered.map((point, index) => ({ point, at: index + 1, mean: point.objective.mean })).filter((row) => row.mean !== null);
  const x = d3
    .scaleLinear()
    .domain([0.5, Math.max(1, ordered.length) + 0.5])
    .range([margin.left, width - margin.right]);
  const y = d3
    .scaleLinear()
    .domain(d3.extent(defined, (row) => row.mean as number) as [number, number])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const [term, ...rest] = result.objective.terms;
  const unit = term !== undefined && rest.length === 0 ? metricUnit(term.kpi) : '';
  const svg = chartSvg(
    frame,
    `Objective by evaluation: ${objectiveWords(result)}`,
    'evaluation (in the order the search ran them)',
    `objective${unit === '' ? '' : `, ${unit}`}`,
  );
  svg.attr('class', 'optimize-chart');
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(Math.min(12, ordered.length)).tickFormat(d3.format('d')));
  // Rates are stored as fractions: the axis shows them in % like its label says.
  const tick = (value: d3.NumberValue): string => (unit === '%' ? (Number(value) * 100).toFixed(1) : d3.format('~s')(Number(value)));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(8).tickFormat(tick));
  // Best so far among the feasible points: a step line.
  const sign = result.objective.sense === 'minimize' ? 1 : -1;
  let bestSoFar: number | null = null;
  const steps: Array<[number, number]> = [];
  for (const row of defined) {
    if (row.point.feasible && (bestSoFar === null || sign * (row.mean as number) < sign * bestSoFar)) bestSoFar = row.mean;
    if (bestSoFar !== null) steps.push([row.at, bestSoFar]);
  }
  svg
    .append('path')
    .attr('class', 'best-so-far')
    .attr('fill', 'none')
    .attr('stroke', '#009e73')
    .attr('stroke-width', 2)
    .attr(
      'd',
      d3
        .line()
        .curve(d3.curveStepAfter)
        .x((step) => x(step[0]))
        .y((step) => y(step[1]))(steps) ?? '',
    );
  for (const row of defined) {
    const cx = x(row.at);
    const cy = y(row.mean as number);
    const words = `evaluation ${row.at}: ${row.point.values.map((value, index) => `${settingLabel(result.variables[index]?.path ?? '')} ${value}`).join(', ')}; objective ${objectiveFormat(result)(row.mean)}${row.point.feasible ? '' : ' (breaks a constraint)'}`;
    // Feasible points are filled circles, infeasible ones crosses: told apart without colour.
    const mark = svg.append('g').attr('class', 'evaluation').attr('data-feasible', String(row.point.feasible));
    if (row.point.feasible) mark.append('circle').attr('cx', cx).attr('cy', cy).attr('r', 4).attr('fill', '#0072b2');
    else
      mark
        .append('path')
        .attr('d', `M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx - 4},${cy + 4}L${cx + 4},${cy - 4}`)
        .attr('stroke', '#d55e00')
        .attr('stroke-width', 2);
    mark.append('title').text(words);
  }
  const legend = svg.append('g').attr('class', 'legend');
  legend
    .append('circle')
    .attr('cx', width - 360)
    .attr('cy', 28)
    .attr('r', 4)
    .attr('fill', '#0072b2');
  legend
    .append('text')
    .attr('x', width - 352)
    .attr('y', 32)
    .text('meets the constraints');
  legend
    .append('path')
    .attr('d', `M${width - 194},${24}L${width - 186},${32}M${width - 194},${32}L${width - 186},${24}`)
    .attr('stroke', '#d55e00')
    .attr('stroke-width', 2);
  legend
    .append('text')
    .attr('x', width - 180)
    .attr('y', 32)
    .text('breaks one');
  legend
    .append('line')
    .attr('x1', width - 110)
    .attr('x2', width - 94)
    .attr('y1', 28)
    .attr('y2', 28)
    .attr('stroke', '#009e73')
    .attr('stroke-width', 2);
  legend
    .append('text')
    .attr('x', width - 90)
    .attr('y', 32)
    .text('best so far');
  return svg.node() as SVGSVGElement;
}

/** The finalists' table: their values, objective and constraints with 95% intervals, replications and standing in words. */
function finalistsTable(result: OptimizeResult): HTMLTableElement {
  const finalists = result.finalists ??
    // optimize.json written before `finalists`: the best and its runners-up are all that is known.
    [
      ...(result.best === null ? [] : [{ ...result.best, standing: 'best' as const }]),
      ...result.runnersUp.map((point) => ({ ...point, standing: 'tied' as const })),
    ];
  const table = document.createElement('table');
  table.className = 'finalists';
  table.createCaption().textContent = 'Finalists, re-run with the final replications (95% intervals in brackets)';
  const head = table.createTHead().insertRow();
  const titles = [
    ...result.variables.map((variable) => settingLabel(variable.path)),
    `objective (${objectiveWords(result)})`,
    ...result.constraints.map(
      (constraint) =>
        `${metricLabel(constraint.kpi)} ${constraint.operator === '>=' ? '≥' : '≤'} ${formatMetric(constraint.kpi, constraint.bound)}`,
    ),
    'replications',
    'verdict',
  ];
  for (const title of titles) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = title;
    head.append(cell);
  }
  const body = table.createTBody();
  const format = objectiveFormat(result);
  for (const point of finalists) {
    const row = body.insertRow();
    row.dataset.standing = point.standing;
    for (const value of point.values) row.insertCell().textContent = String(value);
    row.insertCell().textContent = withInterval(point.objective, format);
    point.constraints.forEach((summary, index) => {
      const kpi = result.constraints[index]?.kpi;
      row.insertCell().textContent = kpi === undefined ? '-' : withInterval(summary, (value) => formatMetric(kpi, value));
    });
    row.insertCell().textContent = String(point.replications);
    row.insertCell().textContent = STANDING_WORDS[point.standing];
  }
  return table;
}

/** An optimization: the objective of every evaluation with the best so far, and the finalists with their verdict in words. */
export function renderOptimize(container: HTMLElement, result: OptimizeResult): void {
  if (result.evaluated.length === 0) {
    container.replaceChildren(paragraph('This optimization evaluated no point.'));
    return;
  }
  const recorded = result.evaluated.every((point) => typeof point.evaluation === 'number' && point.evaluation > 0);
  const ordered = recorded ? [...result.evaluated].sort((p, q) => p.evaluation - q.evaluation) : result.evaluated;
  const search = result.exhaustive ? 'every point of the grid' : 'a coarse grid, then a pattern search';
  const best =
    result.best === null
      ? result.interrupted === true
        ? 'The search was interrupted: no best point is named.'
        : 'No point met every constraint.'
      : `Best: ${result.best.values.map((value, index) => `${settingLabel(result.variables[index]?.path ?? '')} ${value}`).join(', ')}, objective ${withInterval(result.best.objective, objectiveFormat(result))}${result.runnersUp.length === 0 ? '; no other finalist is statistically tied with it.' : `; ${result.runnersUp.length} other finalist(s) tied with it.`}`;
  const parts: HTMLElement[] = [
    paragraph(
      `${result.evaluated.length} point(s) evaluated (${search}) to ${objectiveWords(result)}.${recorded ? '' : ' This file does not record the order of evaluation (written by an older fulfill): points are shown best first.'}`,
    ),
    paragraph(best, 'experiment-verdict'),
  ];
  const chart = scrollable('chart', 'objective by evaluation');
  chart.append(evaluationChart(result, ordered));
  parts.push(chart, heading('Finalists'));
  const table = scrollable('table', 'finalists');
  table.append(finalistsTable(result));
  parts.push(table);
  container.replaceChildren(...parts);
}
