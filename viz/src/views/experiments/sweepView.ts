import * as d3 from 'd3';
import { KPI_NAMES, type KpiName, type SweepDocument, type Summary } from '../../../../engine/index.js';
import { chartSvg } from '../chartFrame.js';
import { labelledSelect, paragraph, scrollable } from './controls.js';
import { formatMetric, metricDirection, metricLabel, metricWithUnit, settingLabel } from './labels.js';

type SweepPoint = SweepDocument['points'][number];

/** What the user chose: the KPI, the two variables drawn (the second only with two or more), the values the others are fixed at. */
interface SweepChoice {
  kpi: KpiName;
  x: string;
  y: string | null;
  fixed: Record<string, string>;
}

const cell = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The best point for the KPI by its direction, or undefined when it has none (a utilization, a count). */
function bestOf(points: readonly SweepPoint[], kpi: KpiName): SweepPoint | undefined {
  const direction = metricDirection(kpi);
  if (direction === 'neither') return undefined;
  const sign = direction === 'higher' ? -1 : 1;
  const scored = points.filter((point) => point.kpis[kpi]?.mean !== null && point.kpis[kpi] !== undefined);
  return scored.sort((p, q) => sign * ((p.kpis[kpi].mean as number) - (q.kpis[kpi].mean as number)))[0];
}

function describeSettings(point: SweepPoint): string {
  return Object.entries(point.settings)
    .map(([path, value]) => `${settingLabel(path)} ${cell(value)}`)
    .join(', ');
}

function intervalText(kpi: KpiName, summary: Summary): string {
  const interval =
    summary.ci95 === null ? '' : ` (95% interval ${formatMetric(kpi, summary.ci95[0])} to ${formatMetric(kpi, summary.ci95[1])})`;
  return `${formatMetric(kpi, summary.mean)}${interval}`;
}

/** One variable: the KPI's mean over the grid values as a line, its 95% interval as a band, the best point marked. */
function lineChart(
  points: readonly SweepPoint[],
  axis: SweepDocument['axes'][number],
  kpi: KpiName,
  best: SweepPoint | undefined,
): SVGSVGElement {
  const frame = { width: 900, height: 380, margin: { top: 40, right: 30, bottom: 50, left: 80 } };
  const { width, height, margin } = frame;
  const values = axis.values.map(cell);
  const rows = values.map((value) => ({ value, point: points.find((point) => cell(point.settings[axis.path]) === value) }));
  const x = d3
    .scalePoint<string>()
    .domain(values)
    .range([margin.left, width - margin.right])
    .padding(0.3);
  const lows = rows
    .map((row) => row.point?.kpis[kpi]?.ci95?.[0] ?? row.point?.kpis[kpi]?.mean ?? null)
    .filter((v): v is number => v !== null);
  const highs = rows
    .map((row) => row.point?.kpis[kpi]?.ci95?.[1] ?? row.point?.kpis[kpi]?.mean ?? null)
    .filter((v): v is number => v !== null);
  const y = d3
    .scaleLinear()
    .domain([d3.min(lows) ?? 0, d3.max(highs) ?? 1])
    .nice()
    .range([height - margin.bottom, margin.top]);
  const svg = chartSvg(frame, `${metricLabel(kpi)} by ${settingLabel(axis.path)}`, settingLabel(axis.path), metricWithUnit(kpi));
  svg.attr('class', 'sweep-line');
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x));
  const percent = metricWithUnit(kpi).endsWith('%');
  svg
    .append('g')
    .attr('transform', `translate(${margin.left},0)`)
    .call(
      d3
        .axisLeft(y)
        .ticks(8)
        .tickFormat((value) => (percent ? `${(Number(value) * 100).toFixed(1)}` : d3.format('~s')(Number(value)))),
    );
  const defined = rows.filter((row) => row.point !== undefined && row.point.kpis[kpi]?.mean !== null && row.point.kpis[kpi] !== undefined);
  const at = (row: (typeof rows)[number]): number => x(row.value) ?? 0;
  const summaryOf = (row: (typeof rows)[number]): Summary => (row.point as SweepPoint).kpis[kpi];
  const band = d3
    .area<(typeof rows)[number]>()
    .x(at)
    .y0((row) => y(summaryOf(row).ci95?.[0] ?? (summaryOf(row).mean as number)))
    .y1((row) => y(summaryOf(row).ci95?.[1] ?? (summaryOf(row).mean as number)));
  svg
    .append('path')
    .attr('class', 'sweep-band')
    .attr('fill', '#0072b2')
    .attr('fill-opacity', 0.18)
    .attr('d', band(defined) ?? '');
  const line = d3
    .line<(typeof rows)[number]>()
    .x(at)
    .y((row) => y(summaryOf(row).mean as number));
  svg
    .append('path')
    .attr('fill', 'none')
    .attr('stroke', '#0072b2')
    .attr('stroke-width', 2)
    .attr('d', line(defined) ?? '');
  for (const row of defined) {
    const isBest = row.point === best;
    const dot = svg
      .append('circle')
      .attr('class', 'sweep-point')
      .attr('cx', at(row))
      .attr('cy', y(summaryOf(row).mean as number))
      .attr('r', isBest ? 7 : 4)
      .attr('fill', isBest ? '#d55e00' : '#0072b2');
    if (isBest) {
      dot.attr('data-best', 'true');
      svg
        .append('text')
        .attr('class', 'bar-value')
        .attr('x', at(row))
        .attr('y', y(summaryOf(row).mean as number) - 12)
        .attr('text-anchor', 'middle')
        .text('best');
    }
    dot.append('title').text(`${settingLabel(axis.path)} ${row.value}: ${intervalText(kpi, summaryOf(row))}`);
  }
  return svg.node() as SVGSVGElement;
}

/** Two variables: a heatmap of the KPI's mean, the value in each cell, a colour legend with the unit, the best cell outlined. */
function heatmap(
  points: readonly SweepPoint[],
  xAxis: SweepDocument['axes'][number],
  yAxis: SweepDocument['axes'][number],
  kpi: KpiName,
  best: SweepPoint | undefined,
): SVGSVGElement {
  const xs = xAxis.values.map(cell);
  const ys = yAxis.values.map(cell);
  const frame = { width: 900, height: Math.min(700, 140 + ys.length * 48), margin: { top: 40, right: 150, bottom: 50, left: 120 } };
  const { width, height, margin } = frame;
  const x = d3
    .scaleBand<string>()
    .domain(xs)
    .range([margin.left, width - margin.right])
    .padding(0.04);
  const y = d3
    .scaleBand<string>()
    .domain(ys)
    .range([height - margin.bottom, margin.top])
    .padding(0.04);
  const means = points.map((point) => point.kpis[kpi]?.mean ?? null).filter((value): value is number => value !== null);
  const [low, high] = [d3.min(means) ?? 0, d3.max(means) ?? 1];
  const colour = d3.scaleSequential(d3.interpolateViridis).domain([low, high === low ? low + 1 : high]);
  const svg = chartSvg(
    frame,
    `${metricLabel(kpi)} by ${settingLabel(xAxis.path)} and ${settingLabel(yAxis.path)}`,
    settingLabel(xAxis.path),
    settingLabel(yAxis.path),
  );
  svg.attr('class', 'sweep-heatmap');
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y));
  for (const point of points) {
    const xValue = cell(point.settings[xAxis.path]);
    const yValue = cell(point.settings[yAxis.path]);
    const mean = point.kpis[kpi]?.mean ?? null;
    const group = svg.append('g').attr('class', 'heat-cell');
    const rect = group
      .append('rect')
      .attr('x', x(xValue) ?? 0)
      .attr('y', y(yValue) ?? 0)
      .attr('width', x.bandwidth())
      .attr('height', y.bandwidth())
      .attr('fill', mean === null ? '#ddd' : colour(mean));
    if (point === best) {
      group.attr('data-best', 'true');
      rect.attr('stroke', '#d55e00').attr('stroke-width', 4);
    }
    // Dark text on the light (yellow-green) end of viridis, white on the dark end.
    const light = mean !== null && (mean - low) / (high - low || 1) > 0.55;
    group
      .append('text')
      .attr('x', (x(xValue) ?? 0) + x.bandwidth() / 2)
      .attr('y', (y(yValue) ?? 0) + y.bandwidth() / 2 + 4)
      .attr('text-anchor', 'middle')
      .attr('class', 'heat-value')
      .attr('fill', mean === null || light ? '#000' : '#fff')
      .text(`${formatMetric(kpi, mean)}${point === best ? ' (best)' : ''}`);
    group.append('title').text(`${describeSettings(point)}: ${intervalText(kpi, point.kpis[kpi])}`);
  }
  // The legend: a column of steps from low to high, with the unit.
  const steps = 12;
  const legendX = width - margin.right + 30;
  const legendHeight = height - margin.top - margin.bottom;
  for (let step = 0; step < steps; step++) {
    const value = low + ((high - low) * (step + 0.5)) / steps;
    svg
      .append('rect')
      .attr('x', legendX)
      .attr('y', margin.top + legendHeight - ((step + 1) * legendHeight) / steps)
      .attr('width', 16)
      .attr('height', legendHeight / steps + 0.5)
      .attr('fill', colour(value));
  }
  svg
    .append('text')
    .attr('class', 'axis-label')
    // Right-aligned: a long label with its unit stays inside the chart.
    .attr('x', width - 8)
    .attr('y', margin.top - 8)
    .attr('text-anchor', 'end')
    .text(metricWithUnit(kpi));
  svg
    .append('text')
    .attr('class', 'bar-value')
    .attr('x', legendX + 22)
    .attr('y', margin.top + 10)
    .text(formatMetric(kpi, high));
  svg
    .append('text')
    .attr('class', 'bar-value')
    .attr('x', legendX + 22)
    .attr('y', margin.top + legendHeight)
    .text(formatMetric(kpi, low));
  return svg.node() as SVGSVGElement;
}

/**
 * A sweep: a KPI picker; for one variable a line with its 95% interval band over the grid, for
 * two a heatmap, for more the two chosen with the rest fixed at chosen values; the best point marked.
 */
export function renderSweep(container: HTMLElement, sweep: SweepDocument): void {
  const axes = sweep.axes;
  const [first, second] = axes;
  if (first === undefined || sweep.points.length === 0) {
    container.replaceChildren(paragraph('This sweep has no finished point yet.'));
    return;
  }
  const withData = KPI_NAMES.filter((kpi) => sweep.points.some((point) => point.kpis[kpi] !== undefined));
  // Start on a KPI managers read first that has a value at some point (a short run may have no on-time rate).
  const hasMean = (kpi: KpiName): boolean => sweep.points.some((point) => (point.kpis[kpi]?.mean ?? null) !== null);
  const preferred = (['onTimeRate', 'cycleTimeHours', 'costPerOrder', 'fillRate'] as const).find(hasMean);
  const choice: SweepChoice = {
    kpi: preferred ?? withData.find(hasMean) ?? withData[0] ?? 'onTimeRate',
    x: first.path,
    y: second?.path ?? null,
    fixed: Object.fromEntries(axes.map((axis) => [axis.path, cell(axis.values[0])])),
  };
  const controls = document.createElement('div');
  controls.className = 'experiment-controls';
  const view = scrollable('chart', 'sweep chart');
  const verdict = paragraph('', 'experiment-verdict');
  const axisOptions = axes.map((axis) => [axis.path, settingLabel(axis.path)] as const);
  const draw = (): void => {
    const drawn = [choice.x, choice.y].filter((path): path is string => path !== null);
    const points = sweep.points.filter((point) =>
      axes.every((axis) => drawn.includes(axis.path) || cell(point.settings[axis.path]) === choice.fixed[axis.path]),
    );
    const best = bestOf(points, choice.kpi);
    const xAxis = axes.find((axis) => axis.path === choice.x) ?? first;
    const yAxis = axes.find((axis) => axis.path === choice.y);
    view.replaceChildren(
      yAxis === undefined ? lineChart(points, xAxis, choice.kpi, best) : heatmap(points, xAxis, yAxis, choice.kpi, best),
    );
    verdict.textContent =
      best === undefined
        ? `${metricLabel(choice.kpi)} has no better direction, so no point is marked best.`
        : `Best ${metricLabel(choice.kpi).toLowerCase()}: ${intervalText(choice.kpi, best.kpis[choice.kpi])} at ${describeSettings(best)}.`;
    buildControls();
  };
  const buildControls = (): void => {
    const parts: HTMLElement[] = [
      labelledSelect(
        'KPI',
        withData.map((kpi) => [kpi, metricLabel(kpi)] as const),
        choice.kpi,
        (value) => {
          choice.kpi = value as KpiName;
          draw();
        },
      ),
    ];
    if (axes.length > 2) {
      parts.push(
        labelledSelect('Across', axisOptions, choice.x, (value) => {
          if (value === choice.y) choice.y = choice.x;
          choice.x = value;
          draw();
        }),
        labelledSelect('Up', axisOptions, choice.y ?? '', (value) => {
          if (value === choice.x) choice.x = choice.y ?? choice.x;
          choice.y = value;
          draw();
        }),
      );
      for (const axis of axes.filter((candidate) => candidate.path !== choice.x && candidate.path !== choice.y)) {
        parts.push(
          labelledSelect(
            `${settingLabel(axis.path)} fixed at`,
            axis.values.map((value) => [cell(value), cell(value)] as const),
            choice.fixed[axis.path] ?? '',
            (value) => {
              choice.fixed[axis.path] = value;
              draw();
            },
          ),
        );
      }
    }
    controls.replaceChildren(...parts);
  };
  const caption = paragraph(
    `${sweep.points.length} point(s) of ${sweep.scenario}, ${sweep.replications} replication(s) each with the same seeds (seed ${sweep.seed}); 95% intervals as a shaded band (one variable) or on hover.${sweep.complete ? '' : ' Interrupted: only the finished points are shown.'}`,
  );
  container.replaceChildren(caption, controls, verdict, view);
  draw();
}
