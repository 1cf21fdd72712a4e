import * as d3 from 'd3';
import type { DailySeries, ScenarioResult } from '../../../engine/index.js';

/** Series the chart can show, with their axis labels. */
export const SERIES: ReadonlyArray<{ key: Exclude<keyof DailySeries, 'day'>; label: string }> = [
  { key: 'ordersPlaced', label: 'orders placed per day' },
  { key: 'ordersShipped', label: 'orders shipped per day' },
  { key: 'backlogOrders', label: 'backlog at end of day (orders)' },
  { key: 'onHandUnits', label: 'units on hand at end of day' },
  { key: 'backorderUnits', label: 'units backordered at end of day' },
  { key: 'stockoutEvents', label: 'stockout events per day' },
];

// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

/** Line chart of one daily series for every scenario, with the warm-up shaded. */
export function renderSeriesChart(container: HTMLElement, results: readonly ScenarioResult[], key: (typeof SERIES)[number]['key']): void {
  const width = 1100;
  const height = 340 + Math.ceil(results.length / 4) * 16;
  // The legend sits in its own rows above the plot, so it never covers the warm-up label.
  const legendRows = Math.ceil(results.length / 4);
  const margin = { top: 12 + legendRows * 16, right: 20, bottom: 45, left: 70 };
  const label = SERIES.find((series) => series.key === key)?.label ?? key;
  const days = results[0]?.series.day ?? [];
  const x = d3
    .scaleLinear()
    .domain([0, Math.max(1, days.length - 1)])
    .range([margin.left, width - margin.right]);
  const maximum = d3.max(results, (result) => d3.max(result.series[key])) ?? 1;
  const y = d3
    .scaleLinear()
    .domain([0, maximum || 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height).attr('role', 'img');
  svg.append('title').text(`${label} by day`);
  const warmup = results[0]?.warmupDays ?? 0;
  svg
    .append('rect')
    .attr('class', 'warmup')
    .attr('x', x(0))
    .attr('y', margin.top)
    .attr('width', Math.max(0, x(warmup) - x(0)))
    .attr('height', height - margin.top - margin.bottom)
    .attr('fill', '#eee');
  svg
    .append('text')
    .attr('x', x(warmup / 2))
    .attr('y', margin.top + 14)
    .attr('text-anchor', 'middle')
    .attr('class', 'axis-label')
    .text('warm-up');
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(12));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(8));
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 8)
    .attr('text-anchor', 'middle')
    .text('day of the run (day 0 is a Monday)');
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(16,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(label);
  const line = d3
    .line<number>()
    .x((_, index) => x(index))
    .y((value) => y(value));
  results.forEach((result, index) => {
    const colour = COLOURS[index % COLOURS.length] ?? '#000';
    svg
      .append('path')
      .attr('class', 'series-line')
      .attr('fill', 'none')
      .attr('stroke', colour)
      .attr('stroke-width', 1.6)
      .attr('d', line(result.series[key]) ?? '')
      .append('title')
      .text(result.scenario);
    svg
      .append('text')
      .attr('class', 'legend')
      .attr('x', margin.left + 8 + (index % 4) * 260)
      .attr('y', 14 + Math.floor(index / 4) * 16)
      .attr('fill', colour)
      .text(`— ${result.scenario}`);
  });
  container.replaceChildren(svg.node() as SVGSVGElement);
}
