import * as d3 from 'd3';
import type { OrderExplanation, OrderRecord, ScenarioResult } from '../../../engine/index.js';
import { chartSvg } from './chartFrame.js';

interface OrderAnswer {
  readonly record: OrderRecord;
  readonly explanation: OrderExplanation;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

/** " (history order X)" for a replayed order; "" for generated ones and for results written before the column existed. */
function historyLabel(historyOrder: string | undefined): string {
  return typeof historyOrder === 'string' && historyOrder !== '' ? ` (history order ${historyOrder})` : '';
}

function timelineChart(answer: OrderAnswer): SVGSVGElement {
  const { record, explanation } = answer;
  const frame = { width: 1100, height: 60 + explanation.timeline.length * 26, margin: { top: 30, right: 30, bottom: 40, left: 230 } };
  const { width, height, margin } = frame;
  const start = record.placedHours;
  const end = Math.max(record.dueHours, ...explanation.timeline.map((step) => step.end));
  const x = d3
    .scaleLinear()
    .domain([0, end - start])
    .nice()
    .range([margin.left, width - margin.right]);
  const y = d3
    .scaleBand<string>()
    .domain(explanation.timeline.map((step) => step.step))
    .range([margin.top, height - margin.bottom])
    .padding(0.25);
  const svg = chartSvg(
    frame,
    `Order ${record.id}${historyLabel(record.historyOrder)}: ${record.channel}, ${record.service}, ${record.lines} line(s), ${record.units} unit(s)`,
    'hours after placement (dashed: the promise)',
    '',
  );
  svg
    .append('g')
    .attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(12));
  svg.append('g').attr('transform', `translate(${margin.left},0)`).call(d3.axisLeft(y));
  for (const step of explanation.timeline) {
    svg
      .append('rect')
      .attr('class', 'timeline-step')
      .attr('x', x(step.start - start))
      .attr('y', y(step.step) ?? 0)
      .attr('width', Math.max(1.5, x(step.end - start) - x(step.start - start)))
      .attr('height', y.bandwidth())
      .attr('fill', step.waiting ? '#e69f00' : '#0072b2')
      .append('title')
      .text(`${step.step}: ${(step.end - step.start).toFixed(2)} h (from ${(step.start - start).toFixed(2)} h)`);
  }
  const due = x(record.dueHours - start);
  svg
    .append('line')
    .attr('x1', due)
    .attr('x2', due)
    .attr('y1', margin.top)
    .attr('y2', height - margin.bottom)
    .attr('stroke', '#d55e00')
    .attr('stroke-dasharray', '5 4');
  return svg.node() as SVGSVGElement;
}

function details(answer: OrderAnswer, result: ScenarioResult): HTMLElement {
  const { record, explanation } = answer;
  const list = document.createElement('ul');
  list.className = 'order-details';
  const add = (text: string, className = ''): void => {
    const item = document.createElement('li');
    item.textContent = text;
    item.className = className;
    list.append(item);
  };
  const status =
    record.onTime === null
      ? `not delivered by the end of the run (state: ${record.state})`
      : record.onTime
        ? 'delivered on time'
        : `delivered ${explanation.lateByHours?.toFixed(1) ?? '?'} h late`;
  add(
    `Status: ${status}; ${record.accurate ? 'right items' : 'a wrong item'}${record.damaged ? ', damaged' : ''}${record.contacted ? ', the customer asked where it was' : ''}${record.returnReason === '' ? '' : `, returned (${record.returnReason})`}.`,
  );
  // Results written before allocation and batching policies existed do not name them.
  const { allocation, batching } = result.policies as Partial<ScenarioResult['policies']>;
  const waitedForStock = record.allocatedHours !== null && (record.releasedHours === null || record.releasedHours > record.allocatedHours);
  const stock = waitedForStock && allocation !== undefined ? `; waited for stock, shared out by "${allocation}"` : '';
  const cart = batching === undefined ? '' : `, carts filled by "${batching}"`;
  add(
    `Decisions: queued by "${result.policies.prioritization}"${stock}; picked on a "${result.policies.routing}" route${cart}; carrier "${record.carrier || 'none yet'}" chosen by "${result.policies.carrierSelection}"${record.carrier ? ` for ${record.shippingCost.toFixed(2)}` : ''}.`,
  );
  for (const reason of explanation.reasons) add(`Why late: ${reason}`, 'late-reason');
  return list;
}

/** The order inspector: find an order by id, or pick one of the latest (late) orders, and see its journey. */
export function setUpOrderInspector(root: HTMLElement, current: () => ScenarioResult | undefined): void {
  const input = root.querySelector<HTMLInputElement>('.order-id') as HTMLInputElement;
  const output = root.querySelector<HTMLElement>('.order-output') as HTMLElement;
  const choices = root.querySelector<HTMLElement>('.order-choices') as HTMLElement;
  const show = async (id: string): Promise<void> => {
    const result = current();
    if (result === undefined) return;
    try {
      const answer = await getJson<OrderAnswer>(`api/orders?scenario=${encodeURIComponent(result.scenario)}&id=${encodeURIComponent(id)}`);
      const chart = document.createElement('div');
      chart.className = 'chart';
      chart.append(timelineChart(answer));
      output.replaceChildren(chart, details(answer, result));
      root.dataset.order = String(answer.record.id);
    } catch (error) {
      output.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  const list = async (kind: 'latest' | 'late'): Promise<void> => {
    const result = current();
    if (result === undefined) return;
    try {
      const { orders } = await getJson<{ orders: Array<{ id: number; state: string; onTime: boolean | null; historyOrder?: string }> }>(
        `api/orders?scenario=${encodeURIComponent(result.scenario)}&list=${kind}`,
      );
      choices.replaceChildren(
        ...orders.map((order) => {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'order-choice';
          button.textContent = `#${order.id}${historyLabel(order.historyOrder)} ${order.onTime === false ? '(late)' : `(${order.state})`}`;
          button.addEventListener('click', () => void show(String(order.id)));
          return button;
        }),
      );
      if (orders.length === 0) choices.textContent = kind === 'late' ? 'No late orders.' : 'No orders.';
    } catch (error) {
      choices.textContent = error instanceof Error ? error.message : String(error);
    }
  };
  root.querySelector('.order-find')?.addEventListener('click', () => void show(input.value));
  root.querySelector('.order-latest')?.addEventListener('click', () => void list('latest'));
  root.querySelector('.order-late')?.addEventListener('click', () => void list('late'));
}
