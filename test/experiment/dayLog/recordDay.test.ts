import { describe, expect, it } from 'vitest';
import { recordDay } from '../../../engine/experiment/dayLog/recordDay.js';
import { runReplication } from '../../../engine/experiment/runReplication.js';
import { DAY } from '../../../engine/kernel/time.js';
import { scenarioWith } from '../../helpers/scenarios.js';

// A small day: the baseline over 4 days, two pick zones so zone offsets are exercised.
const scenario = scenarioWith('scenarios/baseline.json', { horizon: '4d', warmup: '1d', warehouse: { zones: 2 } });

describe('recordDay', () => {
  const day = 2;
  const log = recordDay(scenario, 'small', day, 11);
  const full = runReplication(scenario, 0, { seed: 11 });

  it('recordDay logs exactly the orders the full replication placed that day', () => {
    expect(log.arrivals.time).toHaveLength(full.series.ordersPlaced[day] as number);
    expect(log.arrivals.time.every((time) => time >= 0 && time < DAY)).toBe(true);
    expect(log.arrivals.channel.every((channel) => channel >= 0 && channel < log.channels.length)).toBe(true);
    expect(log).toMatchObject({ format: 'fulfill-day-log', version: 1, scenario: 'small', replication: 0, seed: 11, day, weekday: 2 });
  });

  it('recordDay counts the parcels the full replication shipped that day', () => {
    const parcels = log.pickups.reduce((sum, pickup) => sum + pickup.parcels, 0);
    expect(parcels).toBe(full.series.ordersShipped[day]);
  });

  it('recordDay gives the same log twice (deterministic)', () => {
    expect(JSON.stringify(recordDay(scenario, 'small', day, 11))).toBe(JSON.stringify(log));
  });

  it('recordDay keeps every tour on the floor, in time order, with each walker on one tour at a time', () => {
    const { floor } = log;
    const maxX = Math.max(...floor.aisleX);
    expect(floor.zones).toHaveLength(2);
    expect(log.tours.length).toBeGreaterThan(0);
    const busyUntil = new Map<string, number>();
    for (const tour of log.tours) {
      expect(tour.end).toBeGreaterThan(0);
      expect(tour.start).toBeLessThan(DAY);
      const { waypoints } = tour;
      expect(waypoints[0]).toBeCloseTo(tour.start, 0);
      expect(waypoints[waypoints.length - 3]).toBeCloseTo(tour.end, 0);
      for (let index = 0; index < waypoints.length; index += 3) {
        const [t, x, y] = waypoints.slice(index, index + 3) as [number, number, number];
        if (index > 0) expect(t).toBeGreaterThanOrEqual((waypoints[index - 3] as number) - 1e-9);
        expect(x).toBeGreaterThanOrEqual(-1e-9);
        expect(x).toBeLessThanOrEqual(maxX + 1e-9);
        expect(y).toBeGreaterThanOrEqual(-1e-9);
        expect(y).toBeLessThanOrEqual(floor.aisleLength + 1e-9);
      }
      // Every pick lies in the tour's zone.
      const zone = floor.zones[tour.zone];
      if (zone === undefined) throw new Error('tour outside the zones');
      const left = floor.aisleX[zone.firstAisle] as number;
      const right = floor.aisleX[zone.firstAisle + zone.aisles - 1] as number;
      for (let index = 0; index < tour.picks.length; index += 2) {
        expect(tour.picks[index]).toBeGreaterThanOrEqual(left - 1e-9);
        expect(tour.picks[index]).toBeLessThanOrEqual(right + 1e-9);
      }
      const walker = `${tour.zone}/${tour.picker}`;
      expect(tour.start).toBeGreaterThanOrEqual((busyUntil.get(walker) ?? -Infinity) - 0.1);
      busyUntil.set(walker, tour.end);
    }
  });

  it('recordDay opens every level at midnight and never lets it go negative', () => {
    for (const series of [log.queues.pick, log.queues.pack, log.staff.pickers.busy, log.staff.packers.onShift]) {
      expect(series.time[0]).toBe(0);
      expect(series.value.every((value) => value >= 0)).toBe(true);
      expect(series.time.every((time, index) => index === 0 || time > (series.time[index - 1] as number))).toBe(true);
    }
    // Pickers on shift at some time of the day (06:00-22:00 shifts).
    expect(Math.max(...log.staff.pickers.onShift.value)).toBeGreaterThan(0);
  });
});
