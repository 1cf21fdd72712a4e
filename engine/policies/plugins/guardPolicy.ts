import type { Order } from '../../model/Order.js';
import type { NamedPolicyFamily } from '../registry.js';
import type { AllocationPolicy, BatchingPolicy, CarrierSelectionPolicy, PrioritizationPolicy, RoutingPolicy } from '../types.js';
import { PolicyError } from './PolicyError.js';
import type { PolicyOfFamily } from './PolicyPlugin.js';

/** Calls a plugin's method; anything it throws becomes a PolicyError naming the module and the call. */
function call<T>(module: string, what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(module, `${what} threw: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);

function guardAllocation(policy: AllocationPolicy, module: string): AllocationPolicy {
  return {
    name: policy.name,
    allocate(available, requests, now) {
      const given: unknown = call(module, 'allocate', () => policy.allocate(available, requests, now));
      const decision = `allocate(${available} units, ${requests.length} lines) returned ${JSON.stringify(given)}`;
      if (!Array.isArray(given) || given.length !== requests.length) throw new PolicyError(module, `${decision}: expected one whole number per line`);
      let total = 0;
      given.forEach((units: unknown, index) => {
        const request = requests[index];
        if (!isWhole(units) || units < 0) throw new PolicyError(module, `${decision}: line ${index} got ${String(units)}, expected a whole number >= 0`);
        if (request !== undefined && units > request.units) throw new PolicyError(module, `${decision}: line ${index} (order ${request.orderId}) got ${units} units but awaits ${request.units}`);
        total += units;
      });
      if (total > available) throw new PolicyError(module, `${decision}: gave ${total} units but only ${available} are available`);
      return given as number[];
    },
  };
}

function guardCarrier(policy: CarrierSelectionPolicy, module: string): CarrierSelectionPolicy {
  if ('assign' in policy && typeof policy.assign === 'function') {
    return {
      name: policy.name,
      assign(problem) {
        const chosen: unknown = call(module, 'assign', () => policy.assign(problem));
        const decision = `assign(${problem.parcels.length} parcels, ${problem.capacity.length} carriers)`;
        if (!Array.isArray(chosen) || chosen.length !== problem.parcels.length) throw new PolicyError(module, `${decision} returned ${JSON.stringify(chosen)}: expected one carrier index (or -1) per parcel`);
        const load = problem.capacity.map(() => 0);
        chosen.forEach((carrier: unknown, parcel) => {
          if (carrier === -1) return;
          const order = problem.parcels[parcel]?.order.id;
          if (!isWhole(carrier) || problem.parcels[parcel]?.options[carrier] === undefined) {
            throw new PolicyError(module, `${decision}: parcel ${parcel} (order ${order}) sent to carrier ${JSON.stringify(carrier)}, which does not exist or cannot take it`);
          }
          load[carrier] = (load[carrier] as number) + 1;
          if ((load[carrier] as number) > (problem.capacity[carrier] as number)) {
            throw new PolicyError(module, `${decision}: carrier ${carrier} got more than its capacity of ${problem.capacity[carrier]} parcels`);
          }
        });
        return chosen as number[];
      },
    };
  }
  if (!('select' in policy) || typeof policy.select !== 'function') throw new PolicyError(module, 'a carrierSelection policy needs select(options, order) or assign(problem)');
  return {
    name: policy.name,
    select(options, order) {
      const index: unknown = call(module, 'select', () => policy.select(options, order));
      if (!isWhole(index) || index < 0 || index >= options.length) {
        throw new PolicyError(module, `select(${options.length} carriers, order ${order.id}) returned ${JSON.stringify(index)}: expected a carrier index 0..${options.length - 1}`);
      }
      return index;
    },
  };
}

function guardPrioritization(policy: PrioritizationPolicy, module: string): PrioritizationPolicy {
  return {
    name: policy.name,
    priority(order, now, weights) {
      const key: unknown = call(module, 'priority', () => policy.priority(order, now, weights));
      if (typeof key !== 'number' || !Number.isFinite(key)) throw new PolicyError(module, `priority(order ${order.id}) returned ${JSON.stringify(key)}: expected a finite number`);
      return key;
    },
  };
}

function guardRouting(policy: RoutingPolicy, module: string): RoutingPolicy {
  return {
    name: policy.name,
    route(layout, picks) {
      const route = call(module, 'route', () => policy.route(layout, picks));
      const distance: unknown = (route as { distance?: unknown } | undefined)?.distance;
      if (typeof distance !== 'number' || !Number.isFinite(distance) || distance < 0) {
        throw new PolicyError(module, `route(${picks.length} picks) returned distance ${JSON.stringify(distance)}: expected a finite number of metres >= 0`);
      }
      if (!Array.isArray(route.sequence) || route.sequence.length !== picks.length) {
        throw new PolicyError(module, `route(${picks.length} picks) returned a sequence of ${Array.isArray(route.sequence) ? route.sequence.length : 'no'} picks: expected every pick once`);
      }
      return route;
    },
  };
}

function guardBatching(policy: BatchingPolicy, module: string): BatchingPolicy {
  const availableAt = policy.availableAt?.bind(policy);
  return {
    name: policy.name,
    ...(availableAt === undefined
      ? {}
      : {
          availableAt(releasedAt, context) {
            const at: unknown = call(module, 'availableAt', () => availableAt(releasedAt, context));
            if (typeof at !== 'number' || !(at >= releasedAt) || !Number.isFinite(at)) throw new PolicyError(module, `availableAt(${releasedAt}) returned ${JSON.stringify(at)}: expected a time >= the release time`);
            return at;
          },
        }),
    companions(waiting, first, context) {
      const pool = new Set<Order>(waiting);
      const chosen: unknown = call(module, 'companions', () => policy.companions(pool, first, context));
      const decision = `companions(order ${first.id}, ${pool.size} waiting)`;
      if (!Array.isArray(chosen)) throw new PolicyError(module, `${decision} returned ${JSON.stringify(chosen)}: expected an array of waiting orders`);
      if (chosen.length > context.cartCapacity - 1) throw new PolicyError(module, `${decision} chose ${chosen.length} orders; a cart holds ${context.cartCapacity} with the first`);
      const seen = new Set<Order>();
      for (const order of chosen as Order[]) {
        if (order === first || !pool.has(order)) throw new PolicyError(module, `${decision} chose order ${order?.id}, which is not waiting`);
        if (seen.has(order)) throw new PolicyError(module, `${decision} chose order ${order.id} twice`);
        seen.add(order);
      }
      return chosen as Order[];
    },
  };
}

const guards: { [F in NamedPolicyFamily]: (policy: PolicyOfFamily[F], module: string) => PolicyOfFamily[F] } = {
  allocation: guardAllocation,
  carrierSelection: guardCarrier,
  prioritization: guardPrioritization,
  routing: guardRouting,
  batching: guardBatching,
};

/** Wraps a plugin's policy so every decision is checked before the model uses it. */
export function guardPolicy<F extends NamedPolicyFamily>(family: F, policy: PolicyOfFamily[F], module: string): PolicyOfFamily[F] {
  if (typeof policy !== 'object' || policy === null) throw new PolicyError(module, `create(options) returned ${JSON.stringify(policy)}: expected a ${family} policy object`);
  return guards[family](policy, module);
}
