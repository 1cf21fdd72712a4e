import { DAY } from '../../kernel/time.js';
import { aisleXOf } from '../../domain/RoutingLayout.js';
import type { Model } from '../../model/buildModel.js';
import type { DayLog, DayLogFloor, DayLogPickup, DayLogTour } from './DayLog.js';
import { stepRecorder } from './stepSeries.js';
import { tourWaypoints } from './tourWaypoints.js';

/** What the recorder fills in; the caller adds the scenario's name and seed. */
export type RecordedDay = Omit<DayLog, 'format' | 'version' | 'scenario' | 'replication' | 'seed'>;

/** The floor plan of a model's warehouse in warehouse coordinates. */
function floorOf(model: Model): DayLogFloor {
  const { routing, zones } = model.layout;
  return {
    aisleX: Array.from({ length: routing.aisles }, (_, aisle) => aisleXOf(routing, aisle)),
    aisleLength: routing.aisleLength,
    aisleSpacing: routing.aisleSpacing,
    blocks: routing.blocks ?? 1,
    depotX: routing.depotX,
    zones: zones.map((zone) => ({
      firstAisle: zone.firstAisle,
      aisles: zone.routing.aisles,
      depotX: aisleXOf(routing, zone.firstAisle) + zone.routing.depotX,
    })),
  };
}

const tenth = (seconds: number): number => Math.round(seconds * 10) / 10;

/**
 * Subscribes a day's recorder to a model before it runs (an observer: it draws nothing and
 * changes nothing); call the result once the clock has passed the day's end. Day `day` is
 * 0-based, `[day × 24 h, (day + 1) × 24 h)`. Pickers are walkers numbered within their zone:
 * a tour takes the lowest-numbered walker of its zone who is back from the previous tour.
 */
export function dayRecorder(model: Model, day: number): () => RecordedDay {
  const { events, simulation } = model.context;
  const dayStart = day * DAY;
  const dayEnd = dayStart + DAY;
  const inDay = (time: number): boolean => time >= dayStart && time < dayEnd;
  const channels = model.scenario.placement.channels.map((channel) => channel.name);
  const channelIndex = new Map(channels.map((name, index) => [name, index]));
  const arrivals = { time: [] as number[], channel: [] as number[] };
  events.on('orderPlaced', ({ order }) => {
    if (!inDay(simulation.now)) return;
    arrivals.time.push(tenth(simulation.now - dayStart));
    arrivals.channel.push(channelIndex.get(order.channel) ?? -1);
  });

  const pickQueue = stepRecorder(dayStart, dayEnd);
  const packQueue = stepRecorder(dayStart, dayEnd);
  let waitingPick = 0;
  let waitingPack = 0;
  events.on('orderStateChanged', ({ from, to }) => {
    const pickDelta = (to === 'awaitingPick' ? 1 : 0) - (from === 'awaitingPick' ? 1 : 0);
    const packDelta = (to === 'awaitingPack' ? 1 : 0) - (from === 'awaitingPack' ? 1 : 0);
    if (pickDelta !== 0) pickQueue.set(simulation.now, (waitingPick += pickDelta));
    if (packDelta !== 0) packQueue.set(simulation.now, (waitingPack += packDelta));
  });

  const staff = {
    pickers: { busy: stepRecorder(dayStart, dayEnd), onShift: stepRecorder(dayStart, dayEnd) },
    packers: { busy: stepRecorder(dayStart, dayEnd), onShift: stepRecorder(dayStart, dayEnd) },
  };
  events.on('staffChanged', ({ pool, busy, capacity }) => {
    if (pool === 'clerks') return;
    staff[pool].busy.set(simulation.now, busy);
    staff[pool].onShift.set(simulation.now, capacity);
  });

  const { setup, walkingSpeed } = model.scenario.picking;
  const zones = model.layout.zones;
  const backAt: number[][] = zones.map(() => []);
  const tours: DayLogTour[] = [];
  events.on('tourStarted', ({ zone, orders, route, duration }) => {
    const start = simulation.now;
    const walkers = backAt[zone] ?? [];
    let picker = walkers.findIndex((free) => free <= start);
    if (picker < 0) picker = walkers.length;
    walkers[picker] = start + duration;
    if (start + duration <= dayStart || start >= dayEnd) return;
    const layout = zones[zone];
    if (layout === undefined) throw new RangeError(`dayRecorder: a tour in zone ${zone} of ${zones.length}`);
    const timed = tourWaypoints(route, layout.routing, aisleXOf(model.layout.routing, layout.firstAisle), {
      start: start - dayStart,
      duration,
      setup,
      walkingSpeed,
    });
    tours.push({ zone, picker, orders, start: tenth(start - dayStart), end: tenth(start + duration - dayStart), ...timed });
  });

  const pickups = new Map<string, DayLogPickup>();
  events.on('carrierSelected', ({ carrier, pickupAt }) => {
    if (!inDay(pickupAt)) return;
    const key = `${pickupAt}\u0000${carrier}`;
    const known = pickups.get(key);
    pickups.set(key, { time: tenth(pickupAt - dayStart), carrier, parcels: (known?.parcels ?? 0) + 1 });
  });

  return () => ({
    day,
    weekday: day % 7,
    floor: floorOf(model),
    channels,
    arrivals,
    queues: { pick: pickQueue.finish(), pack: packQueue.finish() },
    staff: {
      pickers: { busy: staff.pickers.busy.finish(), onShift: staff.pickers.onShift.finish() },
      packers: { busy: staff.packers.busy.finish(), onShift: staff.packers.onShift.finish() },
    },
    tours,
    pickups: [...pickups.values()].sort((a, b) => a.time - b.time || a.carrier.localeCompare(b.carrier)),
  });
}
