import type { OrderRecord } from './orderRecords.js';

/** One step of an order's timeline, in hours from the start of the run. */
export interface TimelineStep {
  readonly step: string;
  readonly start: number;
  readonly end: number;
  /** True for time spent waiting (in a queue, for stock or for the carrier) rather than being worked on. */
  readonly waiting: boolean;
}

/** An order's journey and, when it was late, why. */
export interface OrderExplanation {
  readonly timeline: TimelineStep[];
  readonly lateByHours: number | null;
  /** Causes of lateness, largest delay first (empty when on time or not delivered). */
  readonly reasons: string[];
}

const STEPS: ReadonlyArray<readonly [string, keyof OrderRecord, keyof OrderRecord, boolean]> = [
  ['processing', 'placedHours', 'verifiedHours', false],
  ['hold for review', 'verifiedHours', 'allocatedHours', true],
  ['waiting for stock', 'allocatedHours', 'releasedHours', true],
  ['waiting for a picker', 'releasedHours', 'pickStartHours', true],
  ['picking', 'pickStartHours', 'pickedHours', false],
  ['waiting for a packer', 'pickedHours', 'packStartHours', true],
  ['packing and label', 'packStartHours', 'packedHours', false],
  ['waiting for the carrier pick-up', 'packedHours', 'shippedHours', true],
  ['in transit', 'shippedHours', 'deliveredHours', false],
];

const hoursText = (hours: number): string => (hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} h`);

/** Builds an order's timeline from its record and, if it was late, the delays that made it so. */
export function explainOrder(record: OrderRecord): OrderExplanation {
  const timeline: TimelineStep[] = [];
  for (const [step, from, to, waiting] of STEPS) {
    const start = record[from];
    const end = record[to];
    if (typeof start === 'number' && typeof end === 'number') timeline.push({ step, start, end, waiting });
  }
  if (record.deliveredHours === null || record.onTime !== false) return { timeline, lateByHours: null, reasons: [] };
  const duration = (step: string): number => {
    const found = timeline.find((entry) => entry.step === step);
    return found === undefined ? 0 : found.end - found.start;
  };
  // Each cause is ranked by the delay it added beyond what a smooth order sees: waits over
  // nothing, a carrier wait over a same-day pick-up (8 h), transit over the time left at handover.
  const pickupWait = duration('waiting for the carrier pick-up');
  const transit = duration('in transit');
  const leftAtHandover = record.shippedHours === null ? 0 : Math.max(0, record.dueHours - record.shippedHours);
  const queued = duration('waiting for a picker') + duration('waiting for a packer');
  const causes: Array<[number, string]> = [
    [duration('hold for review'), `held for payment/address review for ${hoursText(duration('hold for review'))}`],
    [duration('waiting for stock'), `waited ${hoursText(duration('waiting for stock'))} for stock (backordered)`],
    [queued, `queued ${hoursText(queued)} for pickers and packers`],
    [pickupWait - 8, `waited ${hoursText(pickupWait)} for a carrier pick-up (packed after the day's cut-off, or the pick-up was full)`],
    [record.failedAttempts * 24, `${record.failedAttempts} failed delivery attempt(s), each adding a redelivery delay`],
    [
      transit - leftAtHandover,
      `transit took ${hoursText(transit)} with ${hoursText(leftAtHandover)} left to the promise at handover (${record.carrier}, zone ${record.zone})`,
    ],
  ];
  const reasons = causes
    .filter(([hours]) => hours > 0.05)
    .sort((a, b) => b[0] - a[0])
    .map(([, text]) => text);
  return { timeline, lateByHours: record.deliveredHours - record.dueHours, reasons };
}
