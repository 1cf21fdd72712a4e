import { z } from 'zod';
import { parseDuration } from '../duration.js';
import { duration, MAX_AMOUNT, relativeWeights } from './common.js';
import { lognormalShape } from '../../kernel/random/distributions/lognormal.js';

type Param = z.ZodType<number | string>;
type ParamValue = number | string;

/** Adds an issue at `key` unless `ok`. */
function check(ctx: z.RefinementCtx, ok: boolean, key: string, message: string): void {
  if (!ok) ctx.addIssue({ code: 'custom', path: [key], message });
}

/** An empirical law's weights (when given): one per value, and at least one positive (all zero, nothing could be drawn). */
function checkWeights(ctx: z.RefinementCtx, values: number, weights: readonly number[] | undefined): void {
  if (weights === undefined) return;
  check(ctx, weights.length === values, 'weights', 'expected as many weights as values');
  // An empty list is refused by its length already: one message, not two.
  if (weights.length > 0)
    check(
      ctx,
      weights.some((w) => w > 0),
      'weights',
      'expected at least one positive weight',
    );
}

/**
 * The distribution variants SPEC.md lists, over a parameter type (a duration string, or a
 * plain number). `toNumber` turns a parameter into a number for range checks.
 */
function continuousVariants(param: Param, toNumber: (value: ParamValue) => number) {
  const n = toNumber;
  return [
    z.strictObject({ dist: z.literal('constant'), value: param }),
    z
      .strictObject({ dist: z.literal('exponential'), mean: param })
      .superRefine((d, ctx) => check(ctx, n(d.mean) > 0, 'mean', 'expected mean > 0')),
    z
      .strictObject({ dist: z.literal('uniform'), min: param, max: param })
      .superRefine((d, ctx) => check(ctx, n(d.min) <= n(d.max), 'max', 'expected max >= min')),
    z.strictObject({ dist: z.literal('triangular'), min: param, mode: param, max: param }).superRefine((d, ctx) => {
      check(ctx, n(d.min) <= n(d.mode), 'mode', 'expected mode >= min');
      check(ctx, n(d.mode) <= n(d.max), 'max', 'expected max >= mode');
    }),
    z.strictObject({ dist: z.literal('normal'), mean: param, sd: param }),
    z.strictObject({ dist: z.literal('lognormal'), mean: param, sd: param }).superRefine((d, ctx) => {
      check(ctx, n(d.mean) > 0, 'mean', 'expected mean > 0');
      // sd / mean past about 10^150, or a mean below 10^-150, squares out of a double's range: every draw would be NaN.
      const { mu, sigma } = lognormalShape({ mean: n(d.mean), sd: n(d.sd) });
      if (n(d.mean) > 0)
        check(ctx, Number.isFinite(mu) && Number.isFinite(sigma), 'sd', 'expected sd / mean below 10^150 and a mean above 10^-150');
    }),
    z
      .strictObject({ dist: z.literal('gamma'), mean: param, sd: param })
      .superRefine((d, ctx) => check(ctx, n(d.mean) > 0, 'mean', 'expected mean > 0')),
    z
      .strictObject({ dist: z.literal('empirical'), values: z.array(param).min(1), weights: relativeWeights.optional() })
      .superRefine((d, ctx) => checkWeights(ctx, d.values.length, d.weights)),
  ] as const;
}

const nonNegativeNumber = z.number().min(0).max(MAX_AMOUNT);

// Range checks compare durations after conversion to seconds.
const durationValue = (value: ParamValue): number => (typeof value === 'number' ? value : (parseDuration(value) ?? NaN));

/** A distribution of durations: every parameter is a duration string. */
// The variants are built over `string | number` parameters; the casts narrow them to the
// parameter type each schema actually accepts.
export const durationDistribution = z.discriminatedUnion('dist', continuousVariants(duration, durationValue)) as unknown as z.ZodType<
  ContinuousDistributionJson<string>
>;

/** A distribution of non-negative amounts (money, kilograms). */
export const amountDistribution = z.discriminatedUnion('dist', continuousVariants(nonNegativeNumber, Number)) as unknown as z.ZodType<
  ContinuousDistributionJson<number>
>;

/** A continuous distribution in JSON, over parameter type P (duration string or number). */
export type ContinuousDistributionJson<P> =
  | { dist: 'constant'; value: P }
  | { dist: 'exponential'; mean: P }
  | { dist: 'uniform'; min: P; max: P }
  | { dist: 'triangular'; min: P; mode: P; max: P }
  | { dist: 'normal'; mean: P; sd: P }
  | { dist: 'lognormal'; mean: P; sd: P }
  | { dist: 'gamma'; mean: P; sd: P }
  | { dist: 'empirical'; values: P[]; weights?: number[] | undefined };

// Counts (lines per order, units per line) above a million are input mistakes, not orders.
const MAX_COUNT = 1_000_000;

/** A distribution of counts: shifted Poisson, constant or empirical integers. */
export const countDistribution = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('constant'), value: z.number().int().min(0).max(MAX_COUNT) }),
  z.strictObject({
    dist: z.literal('poisson'),
    mean: z.number().min(0).max(MAX_COUNT).describe('Poisson parameter'),
    shift: z.number().int().min(0).max(MAX_COUNT).default(0).describe('added to every draw'),
  }),
  z
    .strictObject({
      dist: z.literal('empirical'),
      values: z.array(z.number().int().min(0).max(MAX_COUNT)).min(1),
      weights: relativeWeights.optional(),
    })
    .superRefine((d, ctx) => checkWeights(ctx, d.values.length, d.weights)),
]);

/** SKU popularity: a Zipf law over the catalog's ranks or an explicit weight per SKU. */
export const popularityDistribution = z.discriminatedUnion('dist', [
  z.strictObject({ dist: z.literal('zipf'), exponent: z.number().min(0).describe('Zipf exponent s: P(rank k) ~ k^-s') }),
  z
    .strictObject({
      dist: z.literal('empirical'),
      weights: relativeWeights.min(1).describe('relative demand of each SKU, one per SKU'),
    })
    .superRefine((d, ctx) => checkWeights(ctx, d.weights.length, d.weights)),
]);

/** Validated JSON shape of a duration distribution. */
export type DurationDistributionJson = ContinuousDistributionJson<string>;
/** Validated JSON shape of an amount distribution. */
export type AmountDistributionJson = ContinuousDistributionJson<number>;
/** Validated JSON shape of a count distribution. */
export type CountDistributionJson = z.output<typeof countDistribution>;
