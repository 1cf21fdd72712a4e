import { z } from 'zod';
import { duration, fraction, money } from './common.js';
import { durationDistribution } from './distribution.js';

/** Tracking and communication. */
export const communication = z.strictObject({
  notifications: z
    .enum(['none', 'basic', 'proactive'])
    .default('basic')
    .describe('none; basic = confirmation + shipped; proactive = basic + out for delivery + delay notices'),
  contactRate: fraction.default(0.08).describe('"where is my order" contact probability, informed on-time order'),
  contactRateLate: fraction.default(0.25).describe('contact probability, informed late order'),
  uninformedFactor: z.number().min(1).default(1.6).describe('multiplies the contact probability when the customer was not informed'),
  contactCost: money.default(5).describe('cost of one contact (money)'),
});

/** Delivery attempts and damage in transit. */
export const delivery = z.strictObject({
  failedAttemptRate: fraction.default(0.03).describe('probability that a delivery attempt fails'),
  redeliveryDelay: duration.default('1d').describe('time to the next attempt'),
  maxAttempts: z.number().int().min(1).max(100).default(3).describe('attempts; the last one always succeeds'),
  damageRate: fraction.default(0.005).describe('probability of damage in transit, standard packaging'),
  fragileDamageRate: fraction.default(0.01).describe('probability of damage in transit, order with a fragile item'),
});

/** Returns and exchanges. */
export const returns = z.strictObject({
  changedMindRate: fraction.default(0.12).describe('return probability of a correct, undamaged order'),
  damagedReturnRate: fraction.default(0.9).describe('return probability of a damaged order'),
  wrongItemReturnRate: fraction.default(0.8).describe('return probability of an order with a wrong item'),
  decisionTime: durationDistribution
    .default({ dist: 'uniform', min: '1d', max: '10d' })
    .describe('time from delivery to the customer starting the return'),
  transitTime: durationDistribution.default({ dist: 'triangular', min: '2d', mode: '3d', max: '5d' }).describe('return transit time'),
  inspectionTime: durationDistribution
    .default({ dist: 'triangular', min: '4h', mode: '1d', max: '2d' })
    .describe('receipt to inspection decision'),
  restockShare: fraction.default(0.85).describe('share of undamaged returns restocked (the rest scrapped)'),
  exchangeShare: fraction.default(0.35).describe('share of returns that become an exchange order'),
  handlingCost: money.default(8).describe('cost of handling one return (money)'),
});

/** Customer satisfaction score, 1 to 5. */
export const satisfaction = z.strictObject({
  base: z.number().min(1).max(5).default(4.7).describe('score of a flawless order'),
  perDayLate: z.number().min(0).default(0.8).describe('points lost per day late'),
  wrongItem: z.number().min(0).default(1.5).describe('points lost for a wrong item'),
  damaged: z.number().min(0).default(1.5).describe('points lost for damage'),
  contact: z.number().min(0).default(0.4).describe('points lost when the customer had to ask where the order is'),
  failedAttempt: z.number().min(0).default(0.3).describe('points lost per failed delivery attempt'),
  delayNotice: z.number().min(0).default(0.3).describe('points regained when a late order was announced'),
});

/** Cost rates. */
export const costs = z.strictObject({
  pickerWage: money.default(25.6).describe('fully loaded cost per picker-hour on shift'),
  packerWage: money.default(25.6).describe('fully loaded cost per packer-hour on shift'),
  clerkWage: money.default(25.6).describe('fully loaded cost per clerk-hour on shift'),
  automatedProcessingCost: money.default(0.05).describe('cost per automatically processed order'),
  packagingCost: money.default(0.6).describe('packaging per order'),
  fragilePackagingCost: money.default(1.5).describe('extra packaging per order with a fragile item'),
  holdingCostRate: z.number().min(0).default(0.25).describe('holding cost per year as a share of unit price'),
  latePenalty: money.default(5).describe('penalty per late delivered order'),
});
