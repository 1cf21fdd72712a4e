import type { PickLocation } from '../../domain/PickLocation.js';
import type { FloorPoint } from '../../domain/Route.js';
import { aisleXOf } from '../../domain/RoutingLayout.js';
import { aislesInSweepOrder } from './sShape.js';
import { fixedPolicy } from '../BuiltInPolicy.js';

type Side = 'front' | 'back';

/**
 * Combined (Roodbergen & de Koster): the pick aisles are visited once each from left to right;
 * each is either traversed (the picker changes cross aisle) or served by a return trip from
 * the cross aisle the picker is on, whichever a dynamic program over the two sides finds
 * shortest, the tour ending on the front cross aisle to walk back to the depot.
 */
export const combined = fixedPolicy(
  'routing',
  'each pick aisle traversed or served by a return trip, whichever a dynamic program finds shorter',
  {
    name: 'combined',
    route(layout, picks) {
      if (picks.length === 0) return { distance: 0, sequence: [], path: [] };
      const length = layout.aisleLength;
      const aisles = aislesInSweepOrder(layout, picks).sort((a, b) => (a[0] as PickLocation).aisle - (b[0] as PickLocation).aisle);
      // best[side]: shortest vertical walk so far ending on that side, and the choices made.
      let best: Record<Side, { cost: number; choices: Array<'traverse' | 'return'> }> = {
        front: { cost: 0, choices: [] },
        back: { cost: Infinity, choices: [] },
      };
      for (const aisle of aisles) {
        const deepest = (aisle[aisle.length - 1] as PickLocation).y;
        const shallowest = (aisle[0] as PickLocation).y;
        const next: typeof best = { front: { cost: Infinity, choices: [] }, back: { cost: Infinity, choices: [] } };
        const offer = (side: Side, cost: number, from: Side, choice: 'traverse' | 'return'): void => {
          if (cost < next[side].cost) next[side] = { cost, choices: [...best[from].choices, choice] };
        };
        offer('front', best.front.cost + 2 * deepest, 'front', 'return');
        offer('back', best.front.cost + length, 'front', 'traverse');
        offer('back', best.back.cost + 2 * (length - shallowest), 'back', 'return');
        offer('front', best.back.cost + length, 'back', 'traverse');
        best = next;
      }
      const xs = aisles.map((aisle) => aisleXOf(layout, (aisle[0] as PickLocation).aisle));
      const left = Math.min(layout.depotX, xs[0] as number);
      const right = Math.max(layout.depotX, xs[xs.length - 1] as number);
      const depot = { x: layout.depotX, y: 0 };
      const path: FloorPoint[] = [depot];
      const sequence: PickLocation[] = [];
      let side: Side = 'front';
      aisles.forEach((aisle, index) => {
        const x = xs[index] as number;
        const choice = best.front.choices[index];
        const edge = side === 'front' ? 0 : length;
        if (choice === 'traverse') {
          path.push({ x, y: edge }, { x, y: length - edge });
          for (const item of side === 'front' ? aisle : aisle.slice().reverse()) sequence.push(item);
          side = side === 'front' ? 'back' : 'front';
        } else {
          const turn = side === 'front' ? (aisle[aisle.length - 1] as PickLocation).y : (aisle[0] as PickLocation).y;
          path.push({ x, y: edge }, { x, y: turn }, { x, y: edge });
          for (const item of side === 'front' ? aisle : aisle.slice().reverse()) sequence.push(item);
        }
      });
      path.push(depot);
      return { distance: 2 * (right - left) + best.front.cost, sequence, path };
    },
  },
);
