import * as d3 from 'd3';
import { KPI_DEFINITIONS, pairedDifference, type ScenarioResult, type Verdict } from '../../../engine/index.js';
import { chartSvg } from './chartFrame.js';

const VERDICT_COLOURS: Record<Verdict, string> = {
  better: '#0072b2',
  worse: '#d55e00',
  changed: '#cc79a7',
  'no significant difference': '#999999',
};

/**
 * Paired differences of every KPI, variant minus baseline, as a percentage of the baseline
 * mean with its 95% interval bar, coloured by verdict. Pairs need the same seed.
 */
export function renderPairedChart(container: HTMLElement, baseline: ScenarioResult, variant: ScenarioResult): void {
  if (variant.seed !== baseline.seed) {
    container.textContent = `${variant.scenario} was run with seed ${variant.seed}, the baseline with ${baseline.seed}: replications are not paired.`;
    return;
  }
  const rows = KPI_DEFINITIONS.map((kpi) => {
    const difference = pairedDifference(baseline.kpis[kpi.name].values, variant.kpis[kpi.name].values, kpi.direction);
    const scale = Math.abs(baseline.kpis[kpi.name].mean ?? 0);
    const percent = (value: number): number => (scale > 0 ? (value / scale) * 100 : 0);
    return {
      name: kpi.name,
      label: kpi.label,
      verdict: difference.verdict,
      mean: difference.mean === null ? null : percent(difference.mean),
      low: difference.ci95 === null ? null : percent(difference.ci95[0]),
      high: difference.ci95 === null ? null : percent(difference.ci95[1]),
    };
  });
  const frame = { width: 1100, height: 60 + rows.length * 22, margin: { top: 30, right: 260, bottom: 40, left: 200 } };
  const { width, height, margin } = frame;
  // Scale to the means, not to the widest interval, so one noisy KPI does not flatten the
  // rest; intervals running off the chart are clamped at its edge.
  const extent = 2 * (d3.max(rows, (row) => Math.abs(row.mean ?? 0)) ?? 1);
  const x = d3
    .scaleLinear()
    .domain([-(extent || 1), extent || 1])
    .nice()
    .range([margin.left, width - margin.right])
    .clamp(true);
  const y = d3
    .scaleBand<string>()
    .domain(rows.map((row) => row.name))
    .range([margin.top, height - margin.bottom])
    .padding(0.3);
  const svg = chartSvg(
    frame,
    `${variant.scenario} minus ${baseline.scenario}, paired by replication`,
    'difference, % of the baseline mean (bar: 95% interval, clamped at the edges)',
    '',
  );
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(10));
  const labels = new Map<string, string>(rows.map((row) => [row.name, row.label]));
  svg
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).tickFormat((name) => labels.get(name) ?? name));
  svg
    .append('line')
    .attr('x1', x(0))
    .attr('x2', x(0))
    .attr('y1', margin.top)
    .attr('y2', height - margin.bottom)
    .attr('stroke', '#333');
  for (const row of rows) {
    const middle = (y(row.name) ?? 0) + y.bandwidth() / 2;
    const colour = VERDICT_COLOURS[row.verdict];
    const group = svg.append('g').attr('class', 'paired-row').attr('data-kpi', row.name).attr('data-verdict', row.verdict);
    if (row.low !== null && row.high !== null) {
      group
        .append('line')
        .attr('x1', x(row.low))
        .attr('x2', x(row.high))
        .attr('y1', middle)
        .attr('y2', middle)
        .attr('stroke', colour)
        .attr('stroke-width', 4);
    }
    if (row.mean !== null) group.append('circle').attr('cx', x(row.mean)).attr('cy', middle).attr('r', 4).attr('fill', colour);
    const label = row.mean === null ? 'no data' : `${row.mean >= 0 ? '+' : ''}${row.mean.toFixed(2)}%  ${row.verdict}`;
    group
      .append('text')
      .attr('class', 'bar-value')
      .attr('x', width - margin.right + 10)
      .attr('y', middle + 4)
      .attr('fill', colour)
      .text(label);
    group.append('title').text(`${row.label}: ${label}`);
  }
  container.replaceChildren(svg.node() as SVGSVGElement);
}
