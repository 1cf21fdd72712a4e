import type { BacktestResult } from '../../../engine/index.js';
import { loadBacktest } from '../loadBacktest.js';
import { backtestVerdict, renderBacktestChart } from '../views/backtestChart.js';
import { renderComparison } from '../views/comparisonTable.js';
import { renderPairedChart } from '../views/pairedChart.js';
import type { DashboardPage, PageContext } from './page.js';
import { host, labelledSelect, note, pageHeading, section } from './parts.js';

/** The paired chart of one what-if against the baseline, the what-if chosen in its own menu. */
function pairedSection(context: PageContext): HTMLElement {
  const [baseline] = context.results;
  const chart = host('chart', 'paired-chart');
  const variants = context.results.slice(1).map((result, index) => ({ value: String(index + 1), text: result.scenario }));
  if (baseline === undefined || variants.length === 0) {
    chart.append(note('Add a what-if (open its results, or run one on the What-if page) to compare it with the baseline.'));
    return section('paired', 'What-if against the baseline, paired by replication', chart);
  }
  const draw = (value: string): void => {
    const variant = context.results[Number(value)];
    if (variant !== undefined) renderPairedChart(chart, baseline, variant);
  };
  const { label, select } = labelledSelect('What-if', variants, draw, 'paired-select');
  select.value = String(context.selected > 0 ? context.selected : 1);
  draw(select.value);
  return section('paired', 'What-if against the baseline, paired by replication', label, chart);
}

/** The folder's back-test, simulated against actual per week, one measure at a time. */
function backtestSection(backtest: BacktestResult): HTMLElement {
  const chart = host('chart', 'backtest-chart');
  const verdict = note('', 'backtest-verdict');
  verdict.id = 'backtest-verdict';
  const draw = (measure: string): void => {
    verdict.textContent = backtestVerdict(backtest, measure);
    renderBacktestChart(chart, backtest, measure);
  };
  const options = backtest.measures.map((measure) => ({ value: measure.name, text: measure.label }));
  const { label, select } = labelledSelect('Measure', options, draw);
  select.id = 'backtest-select';
  draw(select.value);
  return section('backtest', 'Back-test: simulated against actual', label, verdict, chart);
}

/** Every scenario side by side, the paired differences of a what-if, and the back-test when the folder has one. */
export const comparisonPage: DashboardPage = {
  id: 'comparison',
  title: 'Comparison',
  async show(container, context) {
    const table = host('table', 'comparison-table');
    renderComparison(table, context.results);
    container.replaceChildren(
      ...pageHeading('Comparison', `${context.results.length} scenario(s), the baseline first`),
      pairedSection(context),
      section('comparison', 'Every KPI of every scenario', table),
    );
    try {
      const backtest = await loadBacktest();
      if (backtest !== undefined) container.append(backtestSection(backtest));
    } catch (error) {
      container.append(
        section('backtest', 'Back-test: simulated against actual', note(error instanceof Error ? error.message : String(error), 'warning')),
      );
    }
  },
};
