import { KPI_AREAS, KPI_DEFINITIONS, type KpiArea, type ScenarioResult } from '../../../engine/index.js';
import { kpiCards } from '../views/kpiCards.js';
import { renderSeriesChart, SERIES } from '../views/seriesChart.js';
import type { DashboardPage, PageContext } from './page.js';
import { host, labelledSelect, note, pageHeading, section } from './parts.js';

/** A view of an area page: builds its sections for the chosen result. */
export type AreaView = (result: ScenarioResult, context: PageContext) => HTMLElement[];

type SeriesKey = (typeof SERIES)[number]['key'];

/** The daily series chart of an area: one line per scenario, the series chosen among the area's. */
function seriesSection(area: KpiArea, keys: readonly SeriesKey[], results: readonly ScenarioResult[]): HTMLElement {
  const chart = host('chart');
  const options = SERIES.filter((series) => keys.includes(series.key)).map((series) => ({ value: series.key, text: series.label }));
  const draw = (key: string): void =>
    renderSeriesChart(chart, results, (keys.find((candidate) => candidate === key) ?? keys[0]) as SeriesKey);
  const { label, select } = labelledSelect('Series', options, draw, 'series-select');
  draw(select.value);
  return section(`${area}-series`, 'Day by day, every scenario', label, chart);
}

/**
 * The page of one KPI area: a card for each of its KPIs (label, unit, interval, change against
 * the baseline, sparkline, target state), the area's own views, and its daily series.
 */
export function areaPage(area: KpiArea, views: readonly AreaView[], seriesKeys: readonly SeriesKey[] = []): DashboardPage {
  const title = KPI_AREAS.find((candidate) => candidate.id === area)?.title ?? area;
  const names = KPI_DEFINITIONS.filter((kpi) => kpi.area === area).map((kpi) => kpi.name);
  return {
    id: area,
    title,
    show(container, context) {
      const result = context.results[context.selected];
      if (result === undefined) {
        container.replaceChildren(...pageHeading(title, ''), note('No results to show yet: open a results folder or run a live what-if.'));
        return;
      }
      const baseline = context.results[0];
      container.replaceChildren(
        ...pageHeading(title, `${result.scenario}: ${result.replications} replication(s) of ${result.horizonDays} days`),
        section(`${area}-kpis`, 'Key figures', kpiCards(names, result, baseline)),
        ...views.flatMap((view) => view(result, context)),
        ...(seriesKeys.length > 0 ? [seriesSection(area, seriesKeys, context.results)] : []),
      );
    },
  };
}
