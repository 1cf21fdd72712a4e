import * as d3 from 'd3';
import { aisleXOf, crossAisles, routingFamily, type ScenarioResult } from '../../../engine/index.js';
import { chartSvg } from './chartFrame.js';

const ROUTE_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9'];

/** The floor drawn to scale with the sample batch's tour under every routing policy, one panel each. */
export function renderWarehouseMap(container: HTMLElement, result: ScenarioResult): void {
  const { layout, sampleBatch } = result.warehouse;
  // Routing built-ins take no options.
  const policies = routingFamily.builtIns.map((builtIn) => builtIn.create(undefined));
  const floorWidth = Math.max(1, aisleXOf(layout, layout.aisles - 1));
  // Racks are drawn as wide as the narrowest space between neighbouring aisles allows.
  const aisleGap =
    layout.aisleX === undefined || layout.aisles === 1
      ? layout.aisleSpacing
      : Math.min(...Array.from({ length: layout.aisles - 1 }, (_, aisle) => aisleXOf(layout, aisle + 1) - aisleXOf(layout, aisle)));
  const panelWidth = 520;
  const pixelsPerMetre = Math.min((panelWidth - 60) / (floorWidth + 2 * aisleGap), 300 / layout.aisleLength);
  const panelHeight = layout.aisleLength * pixelsPerMetre + 90;
  const columns = Math.min(2, policies.length);
  const rows = Math.ceil(policies.length / columns);
  const svg = chartSvg(
    { width: panelWidth * columns, height: panelHeight * rows, margin: { top: 30, right: 10, bottom: 30, left: 30 } },
    `Sample batch of ${sampleBatch.length} picks (${result.scenario}), drawn to scale`,
    'depot (square) on the front cross aisle; aisles run front (bottom) to back (top)',
    '',
  );
  policies.forEach((policy, index) => {
    const route = policy.route(layout, sampleBatch);
    const left = (index % columns) * panelWidth + 30 + aisleGap * pixelsPerMetre;
    const top = Math.floor(index / columns) * panelHeight;
    const x = (metres: number): number => left + metres * pixelsPerMetre;
    const y = (metres: number): number => top + 50 + (layout.aisleLength - metres) * pixelsPerMetre;
    const panel = svg.append('g').attr('class', 'route-panel').attr('data-policy', policy.name);
    panel
      .append('text')
      .attr('class', 'chart-title')
      .attr('x', left - 20)
      .attr('y', top + 40)
      .text(`${policy.name}: ${route.distance.toFixed(1)} m`);
    const rackWidth = aisleGap * 0.3 * pixelsPerMetre;
    // Racks per block, drawn with a small visual gap where a middle cross aisle cuts them.
    const cross = crossAisles(layout);
    const gap = cross.length > 2 ? Math.min(0.6, layout.aisleLength / 40) : 0;
    for (let aisle = 0; aisle < layout.aisles; aisle++) {
      for (let block = 0; block + 1 < cross.length; block++) {
        const from = (cross[block] as number) + (block > 0 ? gap : 0);
        const to = (cross[block + 1] as number) - (block + 2 < cross.length ? gap : 0);
        for (const side of [-1, 1]) {
          panel
            .append('rect')
            .attr('class', 'rack')
            .attr('x', x(aisleXOf(layout, aisle)) + side * (aisleGap * 0.2 * pixelsPerMetre) - (side < 0 ? rackWidth : 0))
            .attr('y', y(to))
            .attr('width', rackWidth)
            .attr('height', (to - from) * pixelsPerMetre)
            .attr('fill', '#e4e4e4');
        }
      }
    }
    const line = d3
      .line<{ x: number; y: number }>()
      .x((point) => x(point.x))
      .y((point) => y(point.y));
    panel
      .append('path')
      .attr('class', 'route')
      .attr('d', line([...route.path]) ?? '')
      .attr('fill', 'none')
      .attr('stroke', ROUTE_COLOURS[index % ROUTE_COLOURS.length] ?? '#000')
      .attr('stroke-width', 2)
      .attr('stroke-linejoin', 'round');
    for (const pick of sampleBatch) {
      panel
        .append('circle')
        .attr('class', 'pick')
        .attr('cx', x(aisleXOf(layout, pick.aisle)))
        .attr('cy', y(pick.y))
        .attr('r', 3.5)
        .attr('fill', '#000')
        .append('title')
        .text(`aisle ${pick.aisle}, ${pick.y.toFixed(1)} m`);
    }
    panel
      .append('rect')
      .attr('x', x(layout.depotX) - 6)
      .attr('y', y(0) + 4)
      .attr('width', 12)
      .attr('height', 12)
      .attr('fill', '#000');
  });
  container.replaceChildren(svg.node() as SVGSVGElement);
}

/** Picker utilization by hour of day (busy time / time on shift), hours without pickers left blank. */
export function renderUtilizationByHour(container: HTMLElement, result: ScenarioResult): void {
  const frame = { width: 1100, height: 260, margin: { top: 30, right: 20, bottom: 45, left: 70 } };
  const { width, height, margin } = frame;
  const values = result.warehouse.pickerUtilizationByHour;
  const x = d3
    .scaleBand<number>()
    .domain(d3.range(24))
    .range([margin.left, width - margin.right])
    .padding(0.15);
  const y = d3
    .scaleLinear()
    .domain([0, Math.max(1, d3.max(values, (value) => value ?? 0) ?? 1)])
    .range([height - margin.bottom, margin.top]);
  const svg = chartSvg(frame, `Picker utilization by hour of day (${result.scenario})`, 'hour of day', 'busy / on shift');
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y).ticks(5, '%'));
  values.forEach((value, hour) => {
    if (value === null) return;
    svg
      .append('rect')
      .attr('class', 'hour-bar')
      .attr('x', x(hour) ?? 0)
      .attr('y', y(value))
      .attr('width', x.bandwidth())
      .attr('height', y(0) - y(value))
      .attr('fill', '#0072b2')
      .append('title')
      .text(`${hour}:00-${hour + 1}:00: ${(value * 100).toFixed(1)}%`);
  });
  container.replaceChildren(svg.node() as SVGSVGElement);
}
