import type { LeaderboardFamily, LeaderboardPolicy, PolicyLeaderboard } from '../../../../engine/index.js';
import { labelledSelect, paragraph, scrollable } from './controls.js';
import { formatMetric, formatMetricDifference, metricWithUnit } from './labels.js';

/** A column of the board: how to read a policy's value to sort by, and its header words. */
interface Column {
  readonly key: string;
  readonly title: string;
  readonly value: (policy: LeaderboardPolicy) => number | string | null;
}

/** The sort the user chose: a column and its direction. */
interface Sort {
  key: string;
  ascending: boolean;
}

const POLICY_COLUMN: Column = { key: 'policy', title: 'Policy', value: (policy) => policy.policy };

function columnsOf(board: PolicyLeaderboard): Column[] {
  return [
    POLICY_COLUMN,
    ...board.metrics.map((metric) => ({
      key: metric.name,
      title: `${metricWithUnit(metric.name)} (${metric.direction} is better)`,
      value: (policy: LeaderboardPolicy) => policy.metrics[metric.name]?.mean ?? null,
    })),
    { key: 'microseconds', title: 'Time per decision, µs', value: (policy) => policy.decisions.microsecondsPerCall },
    { key: 'calls', title: 'Decisions per replication', value: (policy) => policy.decisions.callsPerReplication },
  ];
}

function compare(a: number | string | null, b: number | string | null): number {
  // Missing values sort last whatever the direction is handled by the caller.
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b);
  return (a as number) - (b as number);
}

/** A metric's cell: the mean, and for a contender its paired difference against the reference with the interval and verdict. */
function metricCell(cell: HTMLTableCellElement, name: string, policy: LeaderboardPolicy, isReference: boolean): void {
  const metric = policy.metrics[name];
  if (metric === undefined) {
    cell.textContent = '-';
    return;
  }
  const mean = document.createElement('div');
  mean.textContent = formatMetric(name, metric.mean);
  cell.append(mean);
  const difference = document.createElement('div');
  difference.className = 'paired';
  if (isReference) difference.textContent = 'reference';
  else {
    const { mean: change, ci95, verdict } = metric.vsReference;
    const interval = ci95 === null ? '' : ` (${formatMetricDifference(name, ci95[0])} to ${formatMetricDifference(name, ci95[1])})`;
    difference.textContent = `${formatMetricDifference(name, change)}${interval}, ${verdict}`;
    if (verdict === 'better' || verdict === 'worse') difference.classList.add(verdict);
  }
  cell.append(difference);
}

/** One family's board on one workload as a table sorted by `sort`; headers are buttons that sort (aria-sort says how). */
function boardTable(board: PolicyLeaderboard, family: LeaderboardFamily, sort: Sort, resort: (key: string) => void): HTMLTableElement {
  const columns = columnsOf(board);
  const column = columns.find((candidate) => candidate.key === sort.key) ?? POLICY_COLUMN;
  const rows = [...family.policies].sort((p, q) => {
    const [a, b] = [column.value(p), column.value(q)];
    if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
    return sort.ascending ? compare(a, b) : compare(b, a);
  });
  const table = document.createElement('table');
  table.className = 'leaderboard';
  table.createCaption().textContent = `${family.family} policies against ${family.reference}: mean, then the paired difference with its 95% interval`;
  const head = table.createTHead().insertRow();
  for (const candidate of columns) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.setAttribute('aria-sort', candidate.key === sort.key ? (sort.ascending ? 'ascending' : 'descending') : 'none');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.dataset.column = candidate.key;
    button.textContent = candidate.title;
    button.addEventListener('click', () => resort(candidate.key));
    cell.append(button);
    head.append(cell);
  }
  const body = table.createTBody();
  for (const policy of rows) {
    const row = body.insertRow();
    row.dataset.policy = policy.policy;
    const isReference = policy.policy === family.reference;
    row.insertCell().textContent = isReference ? `${policy.policy} (reference)` : policy.policy;
    for (const metric of board.metrics) metricCell(row.insertCell(), metric.name, policy, isReference);
    row.insertCell().textContent = policy.decisions.microsecondsPerCall === null ? '-' : policy.decisions.microsecondsPerCall.toFixed(1);
    row.insertCell().textContent = Math.round(policy.decisions.callsPerReplication).toLocaleString('en-US');
  }
  return table;
}

/** The policy leaderboard: a workload and a family chosen, their policies as a sortable table with paired intervals and decision times. */
export function renderLeaderboard(container: HTMLElement, board: PolicyLeaderboard): void {
  const [firstWorkload] = board.workloads;
  if (firstWorkload === undefined || firstWorkload.families.length === 0) {
    container.replaceChildren(paragraph('This leaderboard has no finished policy.'));
    return;
  }
  const choice = { workload: firstWorkload.name, family: firstWorkload.families[0]?.family ?? '' };
  const sort: Sort = { key: 'policy', ascending: true };
  const controls = document.createElement('div');
  controls.className = 'experiment-controls';
  const holder = scrollable('table', 'leaderboard');
  const description = paragraph('');
  const draw = (): void => {
    const workload = board.workloads.find((candidate) => candidate.name === choice.workload) ?? firstWorkload;
    const family = workload.families.find((candidate) => candidate.family === choice.family) ?? workload.families[0];
    description.textContent = `${workload.name}: ${workload.description}. ${board.reps} paired replication(s) per policy.`;
    controls.replaceChildren(
      labelledSelect(
        'Workload',
        board.workloads.map((candidate) => [candidate.name, candidate.name] as const),
        workload.name,
        (value) => {
          choice.workload = value;
          draw();
        },
      ),
      labelledSelect(
        'Policy family',
        workload.families.map((candidate) => [candidate.family, candidate.family] as const),
        family?.family ?? '',
        (value) => {
          choice.family = value;
          draw();
        },
      ),
    );
    if (family === undefined) {
      holder.replaceChildren(paragraph('No policy of this family finished on this workload.'));
      return;
    }
    holder.replaceChildren(
      boardTable(board, family, sort, (key) => {
        sort.ascending = sort.key === key ? !sort.ascending : true;
        sort.key = key;
        draw();
        holder.querySelector<HTMLButtonElement>(`button[data-column="${CSS.escape(key)}"]`)?.focus();
      }),
    );
  };
  const partial =
    board.partial === undefined
      ? []
      : [
          paragraph(
            `Interrupted: ${board.partial.policies} of ${board.partial.ofPolicies} policies finished; only those are shown.`,
            'warning',
          ),
        ];
  container.replaceChildren(...partial, controls, description, holder);
  draw();
}
