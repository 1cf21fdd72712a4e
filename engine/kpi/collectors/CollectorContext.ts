import type { Emitter } from '../../kernel/Emitter.js';
import type { Simulation } from '../../kernel/Simulation.js';
import type { ModelEvents } from '../../model/events.js';
import type { Order } from '../../domain/Order.js';
import type { KpiValues } from '../definitions.js';

/** What a collector sees: the event hub, the clock and the measured window. */
export interface CollectorContext {
  readonly events: Emitter<ModelEvents>;
  readonly simulation: Simulation;
  /** Start of the measured window (the warm-up's end), engine seconds. */
  readonly warmup: number;
  readonly horizon: number;
  /** Unit price of each SKU, for holding cost. */
  readonly unitPrice: Float64Array;
}

/** True when the order was placed inside the measured window. */
export function isMeasured(context: CollectorContext, order: Order): boolean {
  return order.placedAt >= context.warmup && order.placedAt < context.horizon;
}

/** A collector returns, at the end of the run, the KPIs it owns. */
export type KpiCollector = (context: CollectorContext) => () => Partial<KpiValues>;

/** Ratio that is NaN (undefined) rather than Infinity when nothing was counted. */
export function ratio(numerator: number, denominator: number): number {
  return denominator > 0 ? numerator / denominator : NaN;
}
