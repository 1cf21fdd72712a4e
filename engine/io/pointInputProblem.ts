/** What a point names that only reading the scenario can give, and why it cannot. */
export interface PointInputProblem {
  /** The field, as a dotted path (`channels.web.orderHistory`). */
  readonly path: string;
  readonly message: string;
}

const READ_ONCE =
  'is read once, with the scenario, before any point runs, so a point cannot change it: write a scenario per choice (each `extends` the base) and run `fulfill compare`';

const section = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/**
 * Why a sweep's or an optimisation's point cannot run as `point` (the scenario as read, with the
 * point's settings written over it), or undefined. Reading a scenario loads its files (the SKU
 * master, order histories, rate cards) and reads the histories with `replay`'s time zone, format
 * and drain; a point holds what was loaded, so a file name or a `replay` setting it brings would
 * otherwise be ignored, or reach the model as a name it cannot open.
 */
export function pointInputProblem(base: Record<string, unknown>, point: Record<string, unknown>): PointInputProblem | undefined {
  const baseMaster = section(base.catalog)?.file;
  const master = section(point.catalog)?.file;
  // A loaded master is its columns: a name here is a file no one read, and none where there was one drops it.
  if (typeof master === 'string' || (master === undefined) !== (baseMaster === undefined))
    return { path: 'catalog.file', message: `the SKU master ${READ_ONCE}` };
  const channels = Array.isArray(point.channels) ? point.channels : [];
  for (const [index, channel] of channels.entries()) {
    const entry = section(channel);
    if (typeof entry?.orderHistory === 'string')
      return {
        path: `channels.${typeof entry.name === 'string' ? entry.name : index}.orderHistory`,
        message: `an order history file ${READ_ONCE}`,
      };
  }
  const rateCard = rateCardNamed(section(point.shipping));
  if (rateCard !== undefined) return { path: rateCard, message: `a rate card file ${READ_ONCE}` };
  if (JSON.stringify(base.replay ?? null) !== JSON.stringify(point.replay ?? null))
    return { path: 'replay', message: `how order histories are read (time zone, timestamp format, drain) ${READ_ONCE}` };
  return undefined;
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
