import { DAY } from '../../kernel/time.js';
import type { ResolvedScenario } from '../../scenario/resolved/resolveScenario.js';
import type { ModelContext } from '../ModelContext.js';
import { isAccurate, type Order } from '../../domain/Order.js';
import type { ModelEvents } from '../events.js';
import type { Lent } from '../lentPayload.js';

/** The satisfaction score's weights. */
export type SatisfactionWeights = ResolvedScenario['feedback'];

/**
 * Completion and feedback: a satisfaction score from 1 to 5, starting from the base score
 * of a flawless order and losing points for lateness (per day), a wrong item, damage, a
 * "where is my order" contact and failed attempts; an announced delay wins some back.
 */
export function satisfactionScore(order: Order, weights: SatisfactionWeights): number {
  const daysLate = Math.max(0, (order.deliveredAt - order.dueAt) / DAY);
  let score = weights.base - weights.perDayLate * daysLate - weights.failedAttempt * order.failedAttempts;
  if (!isAccurate(order)) score -= weights.wrongItem;
  if (order.damaged) score -= weights.damaged;
  if (order.contacted) score -= weights.contact;
  if (daysLate > 0 && order.delayNotified) score += weights.delayNotice;
  return Math.min(5, Math.max(1, score));
}

/** Scores a delivered order and announces it, in the one payload it lends. */
export function orderScorer(context: ModelContext, weights: SatisfactionWeights): (order: Order) => void {
  let scored: Lent<ModelEvents['orderScored']> | undefined;
  const orderScored = context.events.channel('orderScored');
  return (order) => {
    const score = satisfactionScore(order, weights);
    order.satisfaction = score;
    scored ??= { order, score };
    scored.order = order;
    scored.score = score;
    orderScored.emit(scored);
  };
}
