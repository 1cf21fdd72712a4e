import type { Order } from '../../model/Order.js';
import type { NamedPolicyFamily } from '../registry.js';
import type { AllocationPolicy, BatchingPolicy, CarrierSelectionPolicy, PrioritizationPolicy, RoutingPolicy } from '../types.js';
import { allocationViolation } from '../validity/allocationViolation.js';
import { availableAtViolation, companionsViolation } from '../validity/batchingViolation.js';
import { assignmentViolation, selectionViolation } from '../validity/carrierViolation.js';
import { priorityViolation } from '../validity/priorityViolation.js';
import { routeViolation } from '../validity/routeViolation.js';
import { watchDecision } from './decisionWatch.js';
import { PolicyError } from './PolicyError.js';
import type { PolicyOfFamily } from './PolicyPlugin.js';

/**
 * Calls a plugin's method as `decision`: recorded as in progress (so a supervisor can stop it
 * when it never returns), anything it throws becomes a PolicyError naming the module and the call,
 * and its answer is checked by `violation` (the family's shared validity rule) before the model uses it.
 */
function decide<T>(module: string, decision: string, run: () => T, violation: (answer: T) => string | undefined, shown: (answer: T) => string = (answer) => JSON.stringify(answer)): T {
  let answer: T;
  try {
    answer = watchDecision(module, decision, run);
  } catch (error) {
    if (error instanceof PolicyError) throw error;
    throw new PolicyError(module, `${decision.replace(/\(.*$/, '')} threw: ${error instanceof Error ? error.message : String(error)}`);
  }
  const wrong = violation(answer);
  if (wrong !== undefined) throw new PolicyError(module, `${decision} returned ${shown(answer)}: ${wrong}`);
  return answer;
}

function guardAllocation(policy: AllocationPolicy, module: string): AllocationPolicy {
  return {
    name: policy.name,
    allocate(available, requests, now) {
      const decision = `allocate(${available} units, ${requests.length} lines)`;
      return decide(module, decision, () => policy.allocate(available, requests, now), (given) => allocationViolation(available, requests, given));
    },
  };
}

function guardCarrier(policy: CarrierSelectionPolicy, module: string): CarrierSelectionPolicy {
  if ('assign' in policy && typeof policy.assign === 'function') {
    return {
      name: policy.name,
      assign(problem) {
        const decision = `assign(${problem.parcels.length} parcels, ${problem.capacity.length} carriers)`;
        return decide(module, decision, () => policy.assign(problem), (chosen) => assignmentViolation(problem, chosen));
      },
    };
  }
  if (!('select' in policy) || typeof policy.select !== 'function') throw new PolicyError(module, 'a carrierSelection policy needs select(options, order) or assign(problem)');
  return {
    name: policy.name,
    select(options, order) {
      return decide(module, `select(${options.length} carriers, order ${order.id})`, () => policy.select(options, order), (index) => selectionViolation(options.length, index));
    },
  };
}

function guardPrioritization(policy: PrioritizationPolicy, module: string): PrioritizationPolicy {
  return {
    name: policy.name,
    priority(order, now, weights) {
      return decide(module, `priority(order ${order.id})`, () => policy.priority(order, now, weights), priorityViolation);
    },
  };
}

function guardRouting(policy: RoutingPolicy, module: string): RoutingPolicy {
  return {
    name: policy.name,
    route(layout, picks) {
      const shown = (route: unknown): string => `distance ${JSON.stringify((route as { distance?: unknown } | null)?.distance)}`;
      return decide(module, `route(${picks.length} picks)`, () => policy.route(layout, picks), (route) => routeViolation(layout, picks, route), shown);
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
            return decide(module, `availableAt(${releasedAt})`, () => availableAt(releasedAt, context), (at) => availableAtViolation(releasedAt, at));
          },
        }),
    companions(waiting, first, context) {
      // The plugin gets its own copy (it cannot change the model's queue, nor what its answer is checked against).
      const waitingNow = [...waiting];
      const pool = new Set<Order>(waitingNow);
      const decision = `companions(order ${first.id}, ${pool.size} waiting)`;
      const shown = (chosen: unknown): string => (Array.isArray(chosen) ? `${chosen.length} orders` : JSON.stringify(chosen));
      return decide(module, decision, () => policy.companions(pool, first, context), (chosen) => companionsViolation(waitingNow, first, context.cartCapacity, chosen), shown);
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

/** Wraps a plugin's policy so every decision is supervised and checked before the model uses it. */
export function guardPolicy<F extends NamedPolicyFamily>(family: F, policy: PolicyOfFamily[F], module: string): PolicyOfFamily[F] {
  if (typeof policy !== 'object' || policy === null) throw new PolicyError(module, `create(options) returned ${JSON.stringify(policy)}: expected a ${family} policy object`);
  return guards[family](policy, module);
}
