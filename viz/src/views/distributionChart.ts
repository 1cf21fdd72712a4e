import * as d3 from 'd3';
import type { ScenarioResult } from '../../../engine/index.js';
import { chartSvg } from './chartFrame.js';

/** Which time distribution to draw. */
export type TimeMeasure = 'cycleTimeHours' | 'deliveryTimeHours';

/** Histogram of cycle or delivery times (share of orders per bin) with the mean and percentiles marked. */
export function renderDistributionChart(container: HTMLElement, result: ScenarioResult, measure: TimeMeasure): void {
  const frame = { width: 1100, height: 320, margin: { top: 30, right: 30, bottom: 45, left: 70 } };
  const { width, height, margin } = frame;
  const histogram = result.breakdown.histograms[measure];
  const total = d3.sum(histogram.counts) || 1;
  const shares = histogram.counts.map((count) => count / total);
  const upper = histogram.counts.length * histogram.binWidth;
  const x = d3
    .scaleLinear()
    .domain([0, upper])
    .range([margin.left, width - margin.right]);
  const y = d3
    .scaleLinear()
    .domain([0, d3.max(shares) || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const what = measure === 'cycleTimeHours' ? 'Cycle time (placement to carrier handover)' : 'Delivery time (placement to delivery)';
  const svg = chartSvg(frame, `${what}, ${result.scenario}`, 'hours (the last bin holds everything longer)', 'share of orders');
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(14));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(6, '%'));
  shares.forEach((share, bin) => {
    svg
      .append('rect')
      .attr('class', 'histogram-bar')
      .attr('x', x(bin * histogram.binWidth) + 0.5)
      .attr('y', y(share))
      .attr('width', Math.max(0, x(histogram.binWidth) - x(0) - 1))
      .attr('height', y(0) - y(share))
      .attr('fill', '#009e73')
      .append('title')
      .text(`${bin * histogram.binWidth}-${(bin + 1) * histogram.binWidth} h: ${(share * 100).toFixed(1)}% of orders`);
  });
  const markers: Array<[string, number | null]> =
    measure === 'cycleTimeHours'
      ? [
          ['mean', result.kpis.cycleTimeHours.mean],
          ['P50', result.kpis.cycleTimeP50Hours.mean],
          ['P95', result.kpis.cycleTimeP95Hours.mean],
        ]
      : [['mean', result.kpis.deliveryTimeHours.mean]];
  markers.forEach(([label, value], index) => {
    if (value === null) return;
    svg
      .append('line')
      .attr('class', 'marker')
      .attr('x1', x(value))
      .attr('x2', x(value))
      .attr('y1', margin.top)
      .attr('y2', height - margin.bottom)
      .attr('stroke', '#d55e00')
      .attr('stroke-dasharray', '4 3');
    svg
      .append('text')
      .attr('class', 'axis-label')
      .attr('x', x(value) + 4)
      .attr('y', margin.top + 12 + index * 14)
      .text(`${label} ${value.toFixed(1)} h`);
  });
  container.replaceChildren(svg.node() as SVGSVGElement);
}
