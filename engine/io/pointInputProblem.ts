import { replayHorizon } from '../experiment/replayHorizon.js';
import { isHistoryColumns } from '../scenario/historyColumns.js';
import type { Scenario } from '../scenario/schema/scenario.js';

/** What a point names that only reading the scenario can give, and why it cannot. */
export interface PointInputProblem {
  /** The field, as a dotted path (`channels.web.orderHistory`). */
  readonly path: string;
  readonly message: string;
}

/** A scenario as JSON (read, or with a point's settings written over it) and as validated. */
export interface ScenarioForms {
  readonly raw: Record<string, unknown>;
  readonly scenario: Scenario;
}

const READ_ONCE =
  'is read once, with the scenario, before any point runs, so a point cannot change it: write a scenario per choice (each `extends` the base) and run `fulfill compare`';

const section = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * Why a sweep's or an optimisation's point cannot run as `point`, or undefined. Reading a
 * scenario loads its files (the SKU master, order histories, rate cards), reads each history
 * file with `replay`'s time zone and timestamp format, and sets an unset horizon from the
 * histories and `replay.drain`; a point holds what was loaded, so a file name or one of those
 * settings it brings would otherwise be ignored, or reach the model as a name it cannot open.
 */
export function pointInputProblem(base: ScenarioForms, point: ScenarioForms): PointInputProblem | undefined {
  const baseMaster = section(base.raw.catalog)?.file;
  const master = section(point.raw.catalog)?.file;
  // A loaded master is its columns: a name here is a file no one read, and none where there was one drops it.
  if (typeof master === 'string' || (master === undefined) !== (baseMaster === undefined))
    return { path: 'catalog.file', message: `the SKU master ${READ_ONCE}` };
  const channels = Array.isArray(point.raw.channels) ? point.raw.channels : [];
  for (const [index, channel] of channels.entries()) {
    const entry = section(channel);
    if (typeof entry?.orderHistory === 'string')
      return {
        path: `channels.${typeof entry.name === 'string' ? entry.name : index}.orderHistory`,
        message: `an order history file ${READ_ONCE}`,
      };
  }
  const rateCard = rateCardNamed(section(point.raw.shipping));
  if (rateCard !== undefined) return { path: rateCard, message: `a rate card file ${READ_ONCE}` };
  return replayProblem(base.scenario, point.scenario);
}

/** A change to a `replay` setting that was spent reading the base's histories, or undefined. */
function replayProblem(base: Scenario, point: Scenario): PointInputProblem | undefined {
  const histories = base.channels.flatMap(({ orderHistory }) => (isHistoryColumns(orderHistory) ? [orderHistory] : []));
  const fromFile = histories.some((history) => history.source !== 'inline');
  // The drain set the horizon only where the scenario set none (the horizon is then the one it gives).
  const drained = histories.length > 0 && replayHorizon(base)?.horizon === base.horizon;
  const spent = [...(fromFile ? (['timeZone', 'timestampFormat'] as const) : []), ...(drained ? (['drain'] as const) : [])];
  const changed = spent.find((field) => base.replay[field] !== point.replay[field]);
  if (changed === undefined) return undefined;
  const what =
    changed === 'drain'
      ? 'replay.drain, which set the horizon from the histories when the scenario was read,'
      : `replay.${changed}, with which the history files were read,`;
  return { path: `replay.${changed}`, message: `${what} ${READ_ONCE}` };
}

/** The path of the first rate card given as a file name (a loaded one is a table), or undefined. */
function rateCardNamed(shipping: Record<string, unknown> | undefined): string | undefined {
  const carriers = Array.isArray(shipping?.carriers) ? shipping.carriers : [];
  for (const [index, carrier] of carriers.entries()) {
    const entry = section(carrier);
    const services = section(entry?.services) ?? {};
    for (const [service, settings] of Object.entries(services)) {
      if (typeof section(settings)?.rateCard === 'string')
        return `shipping.carriers.${typeof entry?.name === 'string' ? entry.name : index}.services.${service}.rateCard`;
    }
  }
  return undefined;
}
