import { holt, simpleExponentialSmoothing } from '../../forecast/exponentialSmoothing.js';
import { holtWinters } from '../../forecast/holtWinters.js';
import { movingAverage } from '../../forecast/movingAverage.js';
import type { FittedForecast } from '../../forecast/types.js';
import { seconds } from '../../scenario/duration.js';
import { DAY } from '../../kernel/time.js';
import { inverseNormalLoss } from '../../stats/normalLoss.js';
import type { ReplenishmentPolicy, SkuDemandProfile } from '../types.js';

/** Parameters of forecast-driven replenishment (see the README for each). */
export interface ForecastDrivenParams {
  readonly reviewPeriod: string;
  readonly method: 'moving-average' | 'exponential-smoothing' | 'holt' | 'holt-winters';
  readonly window: number;
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
  readonly target: 'cycle-service' | 'fill-rate';
  readonly fillRate: number;
  readonly history: string;
}

const WEEK = 7;

function fit(params: ForecastDrivenParams, series: readonly number[]): FittedForecast {
  switch (params.method) {
    case 'moving-average':
      return movingAverage(series, Math.min(params.window, series.length));
    case 'exponential-smoothing':
      return simpleExponentialSmoothing(series, params.alpha);
    case 'holt':
      return holt(series, params.alpha, params.beta);
    case 'holt-winters':
      return holtWinters(series, WEEK, params.alpha, params.beta, params.gamma);
  }
}

/** Sum of forecasts over the next `days` days (a fractional last day counts in part), never below 0 per day. */
function demandOver(fitted: FittedForecast, days: number): number {
  let total = 0;
  for (let h = 1; h <= Math.ceil(days); h++) total += Math.max(0, fitted.forecast(h)) * Math.min(1, days - (h - 1));
  return total;
}

/** Root mean square of the one-step errors: the forecast's daily standard deviation. */
function oneStepDeviation(series: readonly number[], fitted: FittedForecast): number {
  let squares = 0;
  let count = 0;
  fitted.oneStepForecasts.forEach((forecast, t) => {
    if (!Number.isFinite(forecast)) return;
    squares += (forecast - (series[t] as number)) ** 2;
    count++;
  });
  return count > 1 ? Math.sqrt(squares / count) : NaN;
}

/**
 * Forecast-driven periodic review: every R days the SKU's daily demand so far is fitted with the
 * chosen method, and the order-up-to level S covers the forecast demand over the protection
 * interval R + L plus safety stock: S = μ + kσ with μ the summed daily forecasts, σ² = σ₁²(R + L)
 * + d²·Var(L) (σ₁ the one-step forecast errors' root mean square, d the forecast daily demand),
 * and k = z of the cycle service level, or, for a fill-rate target β, the k with σ·G(k) =
 * (1 - β)·(forecast demand over R). The policy orders S - IP. Until `history` has passed (and
 * two full weeks for Holt-Winters) it uses the scenario's mean demand rates instead.
 */
export const forecastDriven: ReplenishmentPolicy<ForecastDrivenParams> = {
  name: 'forecast',
  create(params, demand: SkuDemandProfile) {
    const reviewDays = seconds(params.reviewPeriod) / DAY;
    const historyDays = Math.max(seconds(params.history) / DAY, params.method === 'holt-winters' ? 2 * WEEK : 2);
    const protectionDays = reviewDays + demand.leadTimeDays;
    const daily: number[] = [];
    let lastForecast: number | undefined;
    let demandSinceReview = 0;
    const safety = (sd: number, perReview: number): number => {
      if (!(sd > 0)) return 0;
      const k = params.target === 'cycle-service' ? demand.safetyFactor : inverseNormalLoss(((1 - params.fillRate) * perReview) / sd);
      return k * sd;
    };
    const fromProfile = (): { level: number; perReview: number } => {
      const mean = demand.unitsPerDay * protectionDays;
      const sd = Math.sqrt(demand.varianceUnitsPerDay * protectionDays + demand.unitsPerDay ** 2 * demand.leadTimeVarianceDays);
      const perReview = demand.unitsPerDay * reviewDays;
      return { level: mean + safety(sd, perReview), perReview };
    };
    const initial = Math.round(fromProfile().level);
    return {
      targetLevel: Math.max(0, initial),
      steadyStateLevel: (uniform) => Math.max(0, Math.round(initial - uniform * demand.unitsPerDay * reviewDays)),
      reviewPeriodDays: reviewDays,
      recordDemand(units, now) {
        const day = Math.floor(now / DAY);
        while (daily.length <= day) daily.push(0);
        daily[day] = (daily[day] as number) + units;
        demandSinceReview += units;
      },
      closePeriod() {
        const closed = lastForecast === undefined ? undefined : { forecastUnits: lastForecast, actualUnits: demandSinceReview };
        demandSinceReview = 0;
        return closed;
      },
      quantityToOrder(position, now = 0) {
        const days = Math.floor(now / DAY);
        let level: number;
        let perReview: number;
        if (days < historyDays) ({ level, perReview } = fromProfile());
        else {
          const series = daily.slice(0, days);
          while (series.length < days) series.push(0);
          const fitted = fit(params, series);
          const mean = demandOver(fitted, protectionDays);
          const perDay = mean / protectionDays;
          const sd = Math.sqrt(oneStepDeviation(series, fitted) ** 2 * protectionDays + perDay ** 2 * demand.leadTimeVarianceDays);
          perReview = demandOver(fitted, reviewDays);
          level = mean + safety(sd, perReview);
        }
        lastForecast = perReview;
        return Math.max(0, Math.round(level) - position);
      },
    };
  },
};
