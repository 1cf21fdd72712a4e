import { MAX_ORDERS_PER_DAY, MIN_ORDERS_PER_DAY } from '../../../engine/index.js';
import { getAt, setAt } from './jsonPath.js';
import { clockToMinutes, minutesToClock } from './clockMinutes.js';
import type { LeverGroup, ScenarioJson, SliderLever } from './Lever.js';
import { numberRange, schemaAt, type SchemaNode } from './schemaNode.js';

/** What a plain number lever needs besides its scenario path. */
interface NumberLeverSpec {
  readonly id: string;
  readonly label: string;
  readonly explanation: string;
  readonly group: LeverGroup;
  readonly path: readonly string[];
  readonly step: number;
  /** The slider's useful range, narrowed further by the schema's own limits. */
  readonly lowest: number;
  /** The slider's top for the baseline's value (narrowed by the schema's limits). */
  readonly highest: (baselineValue: number) => number;
  readonly format: (value: number) => string;
}

/** A slider on one number field of the scenario, within the schema's limits. */
export function numberLever(spec: NumberLeverSpec, schema: SchemaNode, baseline: ScenarioJson): SliderLever {
  const node = schemaAt(schema, spec.path) ?? {};
  const limits = numberRange(node, spec.step);
  const read = (scenario: ScenarioJson): number | undefined => {
    const value = getAt(scenario, spec.path) ?? node.default;
    return typeof value === 'number' ? value : undefined;
  };
  const start = read(baseline) ?? spec.lowest;
  return {
    kind: 'slider',
    id: spec.id,
    label: spec.label,
    explanation: spec.explanation,
    group: spec.group,
    step: spec.step,
    min: Math.max(spec.lowest, limits.min),
    max: Math.min(spec.highest(start), limits.max),
    paths: () => [spec.path],
    read,
    write: (scenario, value) => setAt(scenario, spec.path, value),
    format: spec.format,
  };
}

/** What a clock-time lever needs besides the schema. */
interface ClockLeverSpec {
  readonly id: string;
  readonly label: string;
  readonly explanation: string;
  readonly group: LeverGroup;
  readonly path: readonly (string | number)[];
  /** The latest time the slider offers (minutes after midnight; default 24:00). */
  readonly latest?: number | undefined;
}

/** A clock-time slider (30-minute steps) on the "HH:MM" field at `path` (unset: the schema's default). */
export function clockLever(spec: ClockLeverSpec, schema: SchemaNode): SliderLever {
  const { id, label, explanation, group, path } = spec;
  const fallback = schemaAt(schema, path)?.default;
  return {
    kind: 'slider',
    id,
    label,
    explanation,
    group,
    min: 0,
    max: spec.latest ?? 1440,
    step: 30,
    paths: () => [path],
    // A shift's start and end are checked against each other: a problem at either is this lever's.
    concerns: () => [
      [...path.slice(0, -1), 'start'],
      [...path.slice(0, -1), 'end'],
    ],
    read: (scenario) => clockToMinutes(getAt(scenario, path) ?? fallback),
    write: (scenario, minutes) => setAt(scenario, path, minutesToClock(minutes)),
    format: minutesToClock,
  };
}

const channelsOf = (scenario: ScenarioJson): unknown[] => (Array.isArray(scenario.channels) ? scenario.channels : []);
const rateOf = (channel: unknown): number | undefined => {
  const rate = getAt(channel, ['ordersPerDay']);
  return typeof rate === 'number' ? rate : undefined;
};

/**
 * Demand scale: one multiplier on every channel's orders per day, against the baseline's rates
 * (the scenario stores the rates, not the multiplier: the first channel with orders tells it).
 */
export function demandScaleLever(baseline: ScenarioJson): SliderLever {
  const baseRates = channelsOf(baseline).map(rateOf);
  const reference = baseRates.findIndex((rate) => rate !== undefined && rate > 0);
  const step = 0.05;
  // Scaled, every channel's rate must stay within the schema's limits: the slider starts at the
  // first step that keeps the slowest channel at the lowest rate above 0 (a calibrated baseline
  // may have a channel of a few orders a year) and ends at the last that keeps the busiest at the
  // highest, rather than offering a scale the run refuses.
  const positive = baseRates.filter((rate): rate is number => rate !== undefined && rate > 0);
  const slowest = Math.min(...positive);
  const busiest = Math.max(...positive);
  const lowest = Number.isFinite(slowest) ? Math.ceil(MIN_ORDERS_PER_DAY / slowest / step - 1e-9) * step : 0;
  // No slack upward (unlike the bottom): rounding must never take the busiest channel past the highest rate.
  const highest = Number.isFinite(busiest) ? Math.floor(MAX_ORDERS_PER_DAY / busiest / step) * step : Infinity;
  return {
    kind: 'slider',
    id: 'demand-scale',
    label: 'Demand scale',
    explanation: "Multiplies every sales channel's orders per day (1 × is the baseline's demand).",
    group: 'Demand and staff',
    // Never past 1 x, the baseline itself, either way (an invalid baseline's rates are the form's to report).
    min: Math.min(1, Math.max(0.25, Math.round(lowest * 100) / 100)),
    max: Math.max(1, Math.min(3, Math.round(highest * 100) / 100)),
    step,
    paths: (scenario) => [...channelsOf(scenario).keys()].map((index) => ['channels', index, 'ordersPerDay']),
    read(scenario) {
      const base = baseRates[reference];
      const now = rateOf(channelsOf(scenario)[reference]);
      return base === undefined || now === undefined ? undefined : now / base;
    },
    write(scenario, scale) {
      for (const index of channelsOf(scenario).keys()) {
        const base = baseRates[index];
        // Rounded so a scale of 1.1 writes 990, not 990.0000000000001.
        if (base !== undefined) setAt(scenario, ['channels', index, 'ordersPerDay'], Math.round(base * scale * 1e6) / 1e6);
      }
    },
    format: (scale) => `${scale.toFixed(2)} ×`,
  };
}
