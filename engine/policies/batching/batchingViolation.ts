import type { Order } from '../../domain/Order.js';

/** Why a cart's companions are not legal, or undefined: distinct waiting orders, never the first, within cart capacity. The rule the run-time guard and check-policy share. */
export function companionsViolation(waiting: Iterable<Order>, first: Order, cartCapacity: number, chosen: unknown): string | undefined {
  if (!Array.isArray(chosen)) return 'expected an array of waiting orders';
  if (chosen.length > cartCapacity - 1) return `chose ${chosen.length} orders; a cart holds ${cartCapacity} with the first`;
  const pool = new Set<Order>(waiting);
  const seen = new Set<unknown>();
  for (const order of chosen as unknown[]) {
    const id = (order as Order | null)?.id;
    if (order === first || !pool.has(order as Order)) return `chose order ${id}, which is not waiting`;
    if (seen.has(order)) return `chose order ${id} twice`;
    seen.add(order);
  }
  return undefined;
}

/** Why a hold-back time is not legal, or undefined: finite and no earlier than the release. */
export function availableAtViolation(releasedAt: number, at: unknown): string | undefined {
  if (typeof at !== 'number' || !Number.isFinite(at) || !(at >= releasedAt)) return 'expected a time >= the release time';
  return undefined;
}
