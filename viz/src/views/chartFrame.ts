import * as d3 from 'd3';

/** Size and margins of a chart. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly margin: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

/** A 95% interval as a horizontal black line from x1 to x2 at height y (drawn over a bar). */
export function intervalLine(svg: ReturnType<typeof chartSvg>, x1: number, x2: number, y: number): void {
  svg.append('line').attr('x1', x1).attr('x2', x2).attr('y1', y).attr('y2', y).attr('stroke', '#000');
}

/** An SVG with a title (for screen readers and tooltips) and the two axis labels. */
export function chartSvg(frame: Frame, title: string, xLabel: string, yLabel: string) {
  const { width, height, margin } = frame;
  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height).attr('role', 'img');
  svg.append('title').text(title);
  svg.append('text').attr('class', 'chart-title').attr('x', margin.left).attr('y', 16).text(title);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('x', (margin.left + width - margin.right) / 2)
    .attr('y', height - 6)
    .attr('text-anchor', 'middle')
    .text(xLabel);
  svg
    .append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(14,${(margin.top + height - margin.bottom) / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(yLabel);
  return svg;
}
