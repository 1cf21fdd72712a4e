import { describe, expect, it } from 'vitest';
import type { CarrierOption } from '../../../engine/domain/CarrierOption.js';
import { placedOrder } from '../../helpers/placedOrder.js';
import type {
  CarrierAssignmentPolicy,
  CarrierAssignmentProblem,
  ParcelCarrierPolicy,
} from '../../../engine/policies/carrierSelection/CarrierSelectionPolicy.js';
import { carrierSelectionFamily } from '../../../engine/policies/carrierSelection/family.js';
import { guardPolicy } from '../../../engine/policies/plugins/guardPolicy.js';

const order = placedOrder({ id: 7, zone: 3 });
const option = (carrier: string, cost: number): CarrierOption => ({
  carrier,
  cost,
  pickupAt: 3_600,
  likelyDeliveryBy: 90_000,
  expectedDeliveryAt: 80_000,
});

describe('a carrier plugin gets copies of what the model lends it', () => {
  it('select: changing or keeping the options changes nothing the model reads', () => {
    const kept: CarrierOption[][] = [];
    const plugin: ParcelCarrierPolicy = {
      name: 'meddler',
      select(options) {
        kept.push(options as CarrierOption[]);
        (options as CarrierOption[]).reverse();
        (options[0] as { cost: number }).cost = 0;
        return 0;
      },
    };
    const guarded = guardPolicy(carrierSelectionFamily, plugin, 'meddler.mjs') as ParcelCarrierPolicy;
    const lent = [option('a', 5), option('b', 9)];
    const before = JSON.stringify(lent);
    expect(guarded.select(lent, order)).toBe(0);
    expect(JSON.stringify(lent)).toBe(before);
    // The model fills its objects again for the next parcel: the plugin's copy stays as it left it.
    (lent[0] as { cost: number }).cost = 6;
    expect(kept[0]?.map((kept) => [kept.carrier, kept.cost])).toEqual([
      ['b', 0],
      ['a', 5],
    ]);
  });

  it('assign: changing the problem changes neither the options the model books from nor its capacities', () => {
    const plugin: CarrierAssignmentPolicy = {
      name: 'meddler',
      assign(problem) {
        for (const parcel of problem.parcels)
          for (const offered of parcel.options) if (offered !== undefined) (offered as { cost: number }).cost = 0;
        (problem.capacity as number[])[0] = 99;
        (problem.parcels as unknown[]).reverse();
        return problem.parcels.map(() => (problem.lateProbability(0, 0) >= 0 ? 0 : -1));
      },
    };
    const guarded = guardPolicy(carrierSelectionFamily, plugin, 'meddler.mjs') as CarrierAssignmentPolicy;
    const asked: Array<[number, number]> = [];
    const problem: CarrierAssignmentProblem = {
      parcels: [
        { order, options: [option('a', 5), undefined] },
        { order, options: [option('a', 4), option('b', 8)] },
      ],
      capacity: [2, 1],
      latePenalty: 10,
      lateProbability: (parcel, carrier) => {
        asked.push([parcel, carrier]);
        return 0.25;
      },
    };
    const before = JSON.stringify(problem);
    expect(guarded.assign(problem)).toEqual([0, 0]);
    expect(JSON.stringify(problem)).toBe(before);
    expect(asked.length).toBeGreaterThan(0);
  });
});
