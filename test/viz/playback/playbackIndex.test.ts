import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordDay } from '../../../engine/experiment/dayLog/recordDay.js';
import { clockText } from '../../../viz/src/views/playback/clockText.js';
import { levelAt, PlaybackIndex } from '../../../viz/src/views/playback/playbackIndex.js';
import { scenarioWith } from '../../helpers/scenarios.js';

const log = recordDay(scenarioWith('scenarios/baseline.json', { horizon: '3d', warmup: '1d' }), 'baseline', 2);
const index = new PlaybackIndex(log);
const moment = fc.double({ min: -600, max: 90_000, noNaN: true });

describe('PlaybackIndex', () => {
  it('PlaybackIndex.pickersAt finds exactly the tours under way, by binary search', () => {
    fc.assert(
      fc.property(moment, (t) => {
        const expected = log.tours.filter((tour) => tour.start <= t && t < tour.end).map((tour) => `${tour.zone}/${tour.picker}`);
        const found = index.pickersAt(t).map((picker) => `${picker.zone}/${picker.picker}`);
        expect(found.sort()).toEqual(expected.sort());
        // Nobody is on two tours at once.
        expect(new Set(found).size).toBe(found.length);
      }),
    );
  });

  it('PlaybackIndex.placedBy and levelAt agree with a scan of the log', () => {
    fc.assert(
      fc.property(moment, (t) => {
        const expected = log.channels.map(
          (_, channel) => log.arrivals.time.filter((time, row) => time <= t && log.arrivals.channel[row] === channel).length,
        );
        expect(index.placedBy(t)).toEqual(expected);
        const { time, value } = log.queues.pick;
        let level = 0;
        time.forEach((from, row) => {
          if (from <= t) level = value[row] as number;
        });
        expect(levelAt(log.queues.pick, t)).toBe(level);
      }),
      { numRuns: 50 },
    );
  });

  it('PlaybackIndex.pickupsBy counts the parcels gone by a time', () => {
    const all = log.pickups.reduce((sum, pickup) => sum + pickup.parcels, 0);
    expect([...index.pickupsBy(86_400, 60).taken.values()].reduce((sum, count) => sum + count, 0)).toBe(all);
    expect([...index.pickupsBy(-1, 60).taken.values()].every((count) => count === 0)).toBe(true);
  });
});

describe('clockText', () => {
  it('clockText shows the weekday and local time, rolling over at midnight', () => {
    expect(clockText(2, 0)).toBe('Wed 00:00:00');
    expect(clockText(2, 13 * 3600 + 5 * 60 + 9.7)).toBe('Wed 13:05:09');
    expect(clockText(6, 86_400)).toBe('Mon 00:00:00');
  });
});
