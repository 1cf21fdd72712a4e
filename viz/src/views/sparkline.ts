import * as d3 from 'd3';

/**
 * A small line of a daily series (no axes), the warm-up days drawn lighter, with `description`
 * as its accessible name. Returns undefined for a series with fewer than two days.
 */
export function sparkline(values: readonly number[], warmupDays: number, description: string): SVGSVGElement | undefined {
  if (values.length < 2) return undefined;
  const width = 150;
  const height = 32;
  const x = d3
    .scaleLinear()
    .domain([0, values.length - 1])
    .range([1, width - 1]);
  const [low, high] = d3.extent(values) as [number, number];
  const y = d3
    .scaleLinear()
    .domain([Math.min(0, low), high > low ? high : low + 1])
    .range([height - 2, 2]);
  const line = d3
    .line<number>()
    .x((_, day) => x(day))
    .y((value) => y(value));
  const warm = Math.min(values.length, Math.max(0, Math.round(warmupDays)));
  const svg = d3
    .create('svg')
    .attr('class', 'sparkline')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'img')
    .attr('aria-label', description);
  svg.append('title').text(description);
  if (warm > 1)
    svg
      .append('path')
      .attr('class', 'sparkline-warmup')
      .attr('d', line(values.slice(0, warm + 1)) ?? '');
  svg
    .append('path')
    .attr('class', 'sparkline-line')
    .attr('d', line.x((_, day) => x(day + Math.max(0, warm)))(values.slice(Math.max(0, warm))) ?? '');
  return svg.node() ?? undefined;
}
