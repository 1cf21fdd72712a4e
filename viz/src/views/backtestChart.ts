import * as d3 from 'd3';
import type { BacktestResult, BacktestRow } from '../../../engine/index.js';
import { chartSvg } from './chartFrame.js';

// Okabe-Ito blue for the simulation, vermilion for the actual history.
const SIMULATED = '#0072b2';
const ACTUAL = '#d55e00';

/** A value in a measure's unit, for the axis and the verdict. */
function formatter(unit: string): (value: number) => string {
  return unit === 'share' ? d3.format('.1%') : unit === 'orders' ? d3.format(',.0f') : d3.format(',.1f');
}

/** One line saying how close the simulation came on `measure`. */
export function backtestVerdict(result: BacktestResult, measure: string): string {
  const verdict = result.verdicts.find((candidate) => candidate.measure === measure);
  const unit = result.measures.find((candidate) => candidate.name === measure)?.unit ?? '';
  if (verdict === undefined || verdict.weeks === 0 || verdict.meanAbsoluteError === null)
    return 'No week has both a simulated interval and an actual value.';
  const error = formatter(unit)(verdict.meanAbsoluteError);
  const relative = verdict.meanAbsoluteRelativeError === null ? '' : ` (${d3.format('.1%')(verdict.meanAbsoluteRelativeError)} relative)`;
  return `Actual inside the simulation's 95% interval in ${verdict.inside} of ${verdict.weeks} weeks; mean absolute error ${error}${unit === 'share' ? ' points' : ` ${unit}`}${relative}.`;
}

/**
 * Simulated against actual per week for one measure: the simulation's 95% interval as a band,
 * its mean as a line, the history's value as dots on a line; a legend says which is which.
 */
export function renderBacktestChart(container: HTMLElement, result: BacktestResult, measure: string): void {
  const definition = result.measures.find((candidate) => candidate.name === measure);
  const rows = result.rows.filter((row) => row.measure === measure);
  if (definition === undefined || rows.length === 0) {
    container.textContent = 'No back-test rows for this measure.';
    return;
  }
  const frame = { width: 1100, height: 380, margin: { top: 56, right: 20, bottom: 48, left: 80 } };
  const { width, height, margin } = frame;
  const svg = chartSvg(
    frame,
    `${definition.label}: simulated (mean and 95% interval over ${result.replications} replications) against actual, per week`,
    'week from the start of the history (weeks after the warm-up)',
    `${definition.label} (${definition.unit})`,
  );
  const x = d3
    .scaleLinear()
    .domain([result.firstWeek - 0.5, result.lastWeek + 0.5])
    .range([margin.left, width - margin.right]);
  const values = rows.flatMap((row) => [row.low, row.high, row.simulated, row.actual]).filter((value): value is number => value !== null);
  const [low, high] = d3.extent(values) as [number | undefined, number | undefined];
  const pad = ((high ?? 1) - (low ?? 0)) * 0.1 || 1;
  const y = d3
    .scaleLinear()
    .domain([Math.max(0, (low ?? 0) - pad), (high ?? 1) + pad])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const format = formatter(definition.unit);
  const label = (row: BacktestRow): string => (row.weekStart === '' ? `week ${row.week}` : `${row.week} (${row.weekStart})`);
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(
      d3
        .axisBottom(x)
        .tickValues(rows.map((row) => row.week))
        .tickFormat((week) => label(rows.find((row) => row.week === week) as BacktestRow)),
    );
  svg
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      d3
        .axisLeft(y)
        .ticks(8)
        .tickFormat((value) => format(Number(value))),
    );
  const banded = rows.filter((row) => row.low !== null && row.high !== null);
  svg
    .append('path')
    .attr('class', 'backtest-band')
    .attr('fill', SIMULATED)
    .attr('fill-opacity', 0.18)
    .attr(
      'd',
      d3
        .area<BacktestRow>()
        .x((row) => x(row.week))
        .y0((row) => y(row.low as number))
        .y1((row) => y(row.high as number))(banded),
    );
  const simulated = rows.filter((row) => row.simulated !== null);
  svg
    .append('path')
    .attr('class', 'backtest-simulated')
    .attr('fill', 'none')
    .attr('stroke', SIMULATED)
    .attr('stroke-width', 2)
    .attr(
      'd',
      d3
        .line<BacktestRow>()
        .x((row) => x(row.week))
        .y((row) => y(row.simulated as number))(simulated),
    );
  const actual = rows.filter((row) => row.actual !== null);
  svg
    .append('path')
    .attr('fill', 'none')
    .attr('stroke', ACTUAL)
    .attr('stroke-dasharray', '4 3')
    .attr(
      'd',
      d3
        .line<BacktestRow>()
        .x((row) => x(row.week))
        .y((row) => y(row.actual as number))(actual),
    );
  svg
    .append('g')
    .selectAll('circle')
    .data(actual)
    .join('circle')
    .attr('class', 'backtest-actual')
    .attr('cx', (row) => x(row.week))
    .attr('cy', (row) => y(row.actual as number))
    .attr('r', 5)
    .attr('fill', (row) => (row.inside === false ? '#fff' : ACTUAL))
    .attr('stroke', ACTUAL)
    .attr('stroke-width', 2)
    .append('title')
    .text(
      (row) =>
        `${label(row)}: actual ${format(row.actual as number)}, simulated ${row.simulated === null ? '-' : format(row.simulated)}` +
        (row.low === null || row.high === null ? '' : ` (95% interval ${format(row.low)} to ${format(row.high)})`) +
        (row.inside === false ? ': outside the interval' : ''),
    );
  const legend = svg.append('g').attr('class', 'legend').attr('transform', `translate(${margin.left},34)`);
  const items: Array<{ text: string; draw: (group: d3.Selection<SVGGElement, undefined, null, undefined>) => void }> = [
    {
      text: "simulation's 95% interval (one realization)",
      draw: (group) =>
        group.append('rect').attr('width', 22).attr('height', 10).attr('y', -8).attr('fill', SIMULATED).attr('fill-opacity', 0.18),
    },
    {
      text: 'simulated mean',
      draw: (group) => group.append('line').attr('x2', 22).attr('y1', -3).attr('y2', -3).attr('stroke', SIMULATED).attr('stroke-width', 2),
    },
    {
      text: 'actual (history)',
      draw: (group) => group.append('circle').attr('cx', 11).attr('cy', -3).attr('r', 5).attr('fill', ACTUAL),
    },
    {
      text: 'actual outside the interval',
      draw: (group) =>
        group
          .append('circle')
          .attr('cx', 11)
          .attr('cy', -3)
          .attr('r', 5)
          .attr('fill', '#fff')
          .attr('stroke', ACTUAL)
          .attr('stroke-width', 2),
    },
  ];
  let offset = 0;
  for (const item of items) {
    const group = legend.append('g').attr('transform', `translate(${offset},0)`);
    item.draw(group);
    group.append('text').attr('x', 28).attr('y', 1).attr('class', 'axis-label').text(item.text);
    offset += 28 + item.text.length * 7 + 24;
  }
  container.replaceChildren(svg.node() as SVGSVGElement);
}
