import type { PickLocation } from '../../domain/PickLocation.js';
import type { Route } from '../../domain/Route.js';
import type { RoutingLayout } from '../../domain/RoutingLayout.js';
import { configurations, DEPOT_ONLY, NOTHING, type Configuration } from './aisleConfigurations.js';
import { columnsOf, type Column } from './columns.js';
import { crossAisles } from './crossAisles.js';
import { MultiBlockStates } from './multiBlockStates.js';
import { tourFromEdges } from './tourFromEdges.js';

// Ratliff and Rosenthal's dynamic program generalised to several blocks (in the spirit of
// Roodbergen & de Koster, 2001): left to right over the columns, each sub-aisle between two
// cross aisles is served by one of the six patterns, then every cross-aisle node is joined to
// the next column by 0, 1 or 2 edges. A state records each node's degree class and which
// nodes are already connected; a component that stops reaching right is only allowed when it
// is the whole tour. Exact, and linear in the number of aisles.

type Action =
  | { readonly column: number; readonly lower: number; readonly configuration: Configuration }
  | { readonly column: number; readonly code: number };

interface Entry {
  readonly state: number;
  readonly cost: number;
  readonly from: Entry | undefined;
  readonly action: Action | undefined;
}

/** Stops of a column that belong to sub-aisle `sub`, measured from its lower cross aisle; a stop on a middle cross aisle belongs to the sub-aisle below it. */
function stopsIn(column: Column, cross: readonly number[], sub: number): number[] {
  const lower = cross[sub] as number;
  const upper = cross[sub + 1] as number;
  return column.ys.filter((y) => y <= upper && (y > lower || (sub === 0 && y >= lower))).map((y) => y - lower);
}

/** One column step's best entries, indexed by state, and the states reached in order. */
class Layer {
  readonly byState: Array<Entry | undefined> = [];
  readonly reached: number[] = [];

  relax(state: number, cost: number, from: Entry | undefined, action: Action | undefined): void {
    if (state < 0) return;
    const existing = this.byState[state];
    if (existing === undefined) this.reached.push(state);
    else if (cost >= existing.cost) return;
    this.byState[state] = { state, cost, from, action };
  }

  *entries(): Generator<Entry> {
    for (const state of this.reached) yield this.byState[state] as Entry;
  }
}

/** The shortest tour through the picks of a layout with middle cross aisles. */
export function optimalMultiBlock(layout: RoutingLayout, picks: readonly PickLocation[]): Route {
  const cross = crossAisles(layout);
  const space = MultiBlockStates.forNodes(cross.length);
  const columns = columnsOf(layout, picks);
  let layer = new Layer();
  layer.relax(space.start, 0, undefined, undefined);
  columns.forEach((column, index) => {
    for (let sub = 0; sub + 1 < cross.length; sub++) {
      const lower = cross[sub] as number;
      const options = column.isAisle
        ? configurations(stopsIn(column, cross, sub), (cross[sub + 1] as number) - lower)
        : sub === 0
          ? DEPOT_ONLY
          : NOTHING;
      const next = new Layer();
      for (const entry of layer.entries()) {
        for (const configuration of options) {
          const state = space.serve(entry.state, sub, configuration.kind);
          if (state >= 0) next.relax(state, entry.cost + configuration.cost, entry, { column: index, lower, configuration });
        }
      }
      layer = next;
    }
    const following = columns[index + 1];
    const width = following === undefined ? 0 : following.x - column.x;
    const codes = following === undefined ? 1 : space.joinCodes;
    const next = new Layer();
    for (const entry of layer.entries()) {
      for (let code = 0; code < codes; code++) {
        const state = space.join(entry.state, code);
        if (state >= 0) next.relax(state, entry.cost + (space.edgesOfCode[code] as number) * width, entry, { column: index, code });
      }
    }
    layer = next;
  });
  const best = layer.byState[space.closed];
  if (best === undefined) throw new RangeError('optimal.route: no tour found');
  const verticals = columns.map((): Array<readonly [number, number, number]> => []);
  const horizontals = columns.map((): Array<readonly [number, number]> => []);
  for (let entry: Entry | undefined = best; entry?.action !== undefined; entry = entry.from) {
    const action = entry.action;
    if ('code' in action) {
      cross.forEach((y, node) => horizontals[action.column]?.push([y, MultiBlockStates.copies(action.code, node)]));
    } else {
      for (const [from, to, copies] of action.configuration.segments)
        verticals[action.column]?.push([from + action.lower, to + action.lower, copies]);
    }
  }
  return tourFromEdges(layout, picks, columns, cross, { verticals, horizontals }, best.cost);
}
