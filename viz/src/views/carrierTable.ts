import type { ScenarioResult, Summary } from '../../../engine/index.js';

function withInterval(summary: Summary, format: (value: number) => string): string {
  if (summary.mean === null) return '-';
  const half = summary.ci95 === null ? '' : ` ±${format(summary.ci95[1] - summary.mean)}`;
  return `${format(summary.mean)}${half}`;
}

/** Per-carrier volume, cost per parcel and on-time rate (mean ± 95% half-width per replication). */
export function renderCarrierTable(container: HTMLElement, result: ScenarioResult): void {
  const table = document.createElement('table');
  table.className = 'carriers';
  const head = table.createTHead().insertRow();
  for (const title of ['carrier', 'parcels (measured window)', 'share', 'cost per parcel', 'on-time rate']) {
    const cell = document.createElement('th');
    cell.textContent = title;
    head.append(cell);
  }
  const total = result.breakdown.carriers.reduce((sum, carrier) => sum + (carrier.parcels.mean ?? 0), 0) || 1;
  const body = table.createTBody();
  for (const carrier of result.breakdown.carriers) {
    const row = body.insertRow();
    row.insertCell().textContent = carrier.carrier;
    row.insertCell().textContent = withInterval(carrier.parcels, (value) => Math.round(value).toLocaleString('en-US'));
    row.insertCell().textContent = `${(((carrier.parcels.mean ?? 0) / total) * 100).toFixed(1)}%`;
    row.insertCell().textContent = withInterval(carrier.costPerParcel, (value) => value.toFixed(2));
    row.insertCell().textContent = withInterval(carrier.onTimeRate, (value) => `${(value * 100).toFixed(2)}%`);
  }
  container.replaceChildren(table);
}
