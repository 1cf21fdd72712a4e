import * as d3 from 'd3';
import { JOURNEY_STEPS, type ScenarioResult } from '../../../engine/index.js';
import { chartSvg, intervalLine } from './chartFrame.js';

const STEP_LABELS: Record<(typeof JOURNEY_STEPS)[number], string> = {
  processing: 'processing',
  hold: 'hold for review',
  awaitingStock: 'waiting for stock',
  pickWait: 'waiting for a picker',
  picking: 'picking',
  packWait: 'waiting for a packer',
  packing: 'packing and label',
  awaitingPickup: 'waiting for the carrier',
  transit: 'in transit (to delivery)',
};

/** Horizontal bars: mean hours an order spends in each step of its journey, with 95% interval whiskers. */
export function renderJourneyChart(container: HTMLElement, result: ScenarioResult): void {
  const frame = { width: 1100, height: 330, margin: { top: 30, right: 30, bottom: 42, left: 190 } };
  const { width, height, margin } = frame;
  const steps = JOURNEY_STEPS.map((step) => ({ step, summary: result.breakdown.journeyHours[step] }));
  const maximum = d3.max(steps, ({ summary }) => summary.ci95?.[1] ?? summary.mean ?? 0) ?? 1;
  const x = d3
    .scaleLinear()
    .domain([0, maximum || 1])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = d3
    .scaleBand<string>()
    .domain(JOURNEY_STEPS)
    .range([margin.top, height - margin.bottom])
    .padding(0.25);
  const svg = chartSvg(frame, `Where an order's time goes (${result.scenario})`, 'mean hours per order', '');
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(10));
  svg
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(d3.axisLeft(y).tickFormat((step) => STEP_LABELS[step as keyof typeof STEP_LABELS]));
  for (const { step, summary } of steps) {
    const top = y(step) ?? 0;
    const mean = summary.mean ?? 0;
    svg
      .append('rect')
      .attr('class', 'journey-bar')
      .attr('x', x(0))
      .attr('y', top)
      .attr('width', Math.max(0, x(mean) - x(0)))
      .attr('height', y.bandwidth())
      .attr('fill', step === 'transit' ? '#56b4e9' : '#0072b2')
      .append('title')
      .text(`${STEP_LABELS[step]}: ${mean.toFixed(2)} h`);
    if (summary.ci95 !== null) {
      intervalLine(svg, x(summary.ci95[0]), x(summary.ci95[1]), top + y.bandwidth() / 2);
    }
    svg
      .append('text')
      .attr('class', 'bar-value')
      .attr('x', x(Math.max(mean, summary.ci95?.[1] ?? mean)) + 6)
      .attr('y', top + y.bandwidth() / 2 + 4)
      .text(`${mean.toFixed(2)} h`);
  }
  container.replaceChildren(svg.node() as SVGSVGElement);
}
