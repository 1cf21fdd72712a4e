import * as d3 from 'd3';
import { type ScenarioResult, SKU_COLUMNS, skuRow, worstSkus } from '../../../engine/index.js';
import { chartSvg, intervalLine } from './chartFrame.js';

/** Fill rate by ABC class (bars with 95% intervals) and the ten SKUs with the lowest fill rate. */
export function renderInventory(chart: HTMLElement, table: HTMLElement, result: ScenarioResult): void {
  const classes = (['A', 'B', 'C'] as const).map((abcClass) => ({ abcClass, ...result.inventory.abcClasses[abcClass] }));
  const frame = { width: 1100, height: 240, margin: { top: 30, right: 30, bottom: 45, left: 230 } };
  const { width, height, margin } = frame;
  const low = Math.min(0.9, d3.min(classes, (entry) => entry.fillRate.ci95?.[0] ?? entry.fillRate.mean ?? 1) ?? 0.9);
  const x = d3
    .scaleLinear()
    .domain([Math.floor(low * 100) / 100, 1])
    .range([margin.left, width - margin.right]);
  const y = d3
    .scaleBand<string>()
    .domain(classes.map((entry) => entry.abcClass))
    .range([margin.top, height - margin.bottom])
    .padding(0.3);
  const svg = chartSvg(
    frame,
    `Fill rate by ABC class (by demand value), ${result.scenario}`,
    'units filled from on hand / units demanded',
    '',
  );
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(8, '.1%'));
  svg
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      d3.axisLeft(y).tickFormat((abcClass) => {
        const entry = classes.find((candidate) => candidate.abcClass === abcClass);
        return entry === undefined ? abcClass : `${abcClass}: ${entry.skus} SKUs, ${(entry.demandShare * 100).toFixed(1)}% of units`;
      }),
    );
  for (const entry of classes) {
    const top = y(entry.abcClass) ?? 0;
    const mean = entry.fillRate.mean ?? x.domain()[0] ?? 0;
    svg
      .append('rect')
      .attr('class', 'abc-bar')
      .attr('x', x.range()[0] ?? 0)
      .attr('y', top)
      .attr('width', Math.max(0, x(mean) - (x.range()[0] ?? 0)))
      .attr('height', y.bandwidth())
      .attr('fill', '#009e73')
      .append('title')
      .text(`${entry.abcClass}: ${(mean * 100).toFixed(2)}%`);
    if (entry.fillRate.ci95 !== null) {
      intervalLine(svg, x(entry.fillRate.ci95[0]), x(Math.min(1, entry.fillRate.ci95[1])), top + y.bandwidth() / 2);
    }
    svg
      .append('text')
      .attr('class', 'bar-value')
      .attr('x', x(Math.min(1, Math.max(mean, entry.fillRate.ci95?.[1] ?? mean))) + 6)
      .attr('y', top + y.bandwidth() / 2 + 4)
      .text(`${(mean * 100).toFixed(2)}%`);
  }
  chart.replaceChildren(svg.node() as SVGSVGElement);

  const element = document.createElement('table');
  const head = element.createTHead().insertRow();
  for (const title of SKU_COLUMNS) {
    const cell = document.createElement('th');
    cell.textContent = title;
    head.append(cell);
  }
  const body = element.createTBody();
  for (const sku of worstSkus(result.inventory.skus)) {
    const row = body.insertRow();
    for (const text of skuRow(sku)) row.insertCell().textContent = text;
  }
  const caption = element.createCaption();
  caption.textContent = 'The ten SKUs with the lowest fill rate (means over replications)';
  table.replaceChildren(element);
}
