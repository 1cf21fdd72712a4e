import type { PolicyOfFamily } from './plugins/PolicyPlugin.js';
import type { NamedPolicyFamily } from './registry.js';
import type { AllocationPolicy, BatchingPolicy, CarrierSelectionPolicy, PrioritizationPolicy, RoutingPolicy } from './types.js';

/** One policy decision, summarised: the orders it concerns, what the policy saw and what it chose. */
export interface PolicyDecision {
  readonly family: NamedPolicyFamily;
  readonly policy: string;
  /** Engine time of the decision (seconds). */
  readonly time: number;
  /** Ids of the orders the decision concerns (empty for routing, which sees picks only). */
  readonly orders: readonly number[];
  readonly inputs: Readonly<Record<string, unknown>>;
  readonly choice: unknown;
}

/** Calls and total wall-clock time of a family's decisions. */
export interface DecisionTiming {
  calls: number;
  milliseconds: number;
}

/** Who watches policy decisions: a trace (`decided`) and/or a timer (`clock`, totals in `timing`). */
export interface PolicyObserver {
  decided?(decision: PolicyDecision): void;
  /** Wall clock in milliseconds; only timing uses it, never the model. */
  readonly clock?: () => number;
  readonly timing?: Partial<Record<NamedPolicyFamily, DecisionTiming>>;
}

type Summary = { orders: readonly number[]; inputs: Record<string, unknown>; choice: unknown };

/** Wraps one method: times it and reports its summary. */
function watched<A extends unknown[], R>(
  family: NamedPolicyFamily,
  policy: string,
  observer: PolicyObserver,
  now: () => number,
  method: (...args: A) => R,
  summarize: (result: R, ...args: A) => Summary,
): (...args: A) => R {
  const { clock, timing, decided } = observer;
  const tally = timing === undefined ? undefined : (timing[family] ??= { calls: 0, milliseconds: 0 });
  return (...args: A): R => {
    const started = clock?.() ?? 0;
    const result = method(...args);
    if (tally !== undefined && clock !== undefined) {
      tally.calls++;
      tally.milliseconds += clock() - started;
    }
    if (decided !== undefined) decided({ family, policy, time: now(), ...summarize(result, ...args) });
    return result;
  };
}

type Instrument<P> = (policy: P, observer: PolicyObserver, now: () => number) => P;

const prioritization: Instrument<PrioritizationPolicy> = (policy, observer, now) => ({
  name: policy.name,
  priority: watched('prioritization', policy.name, observer, now, policy.priority.bind(policy), (key, order) => ({
    orders: [order.id],
    inputs: { order: order.id, tier: order.tier, dueAt: order.dueAt, value: order.value },
    choice: key,
  })),
});

const routing: Instrument<RoutingPolicy> = (policy, observer, now) => ({
  name: policy.name,
  route: watched('routing', policy.name, observer, now, policy.route.bind(policy), (route, _layout, picks) => ({
    orders: [],
    inputs: { picks: picks.length },
    choice: { distance: route.distance },
  })),
});

const batching: Instrument<BatchingPolicy> = (policy, observer, now) => {
  const availableAt = policy.availableAt?.bind(policy);
  return {
    name: policy.name,
    ...(availableAt === undefined
      ? {}
      : { availableAt: watched('batching', policy.name, observer, now, availableAt, (at, releasedAt) => ({ orders: [], inputs: { releasedAt }, choice: { availableAt: at } })) }),
    companions: watched('batching', policy.name, observer, now, policy.companions.bind(policy), (chosen, _waiting, first, context) => ({
      orders: [first.id, ...chosen.map((order) => order.id)],
      inputs: { first: first.id, cartCapacity: context.cartCapacity },
      choice: chosen.map((order) => order.id),
    })),
  };
};

const allocation: Instrument<AllocationPolicy> = (policy, observer, now) => ({
  name: policy.name,
  allocate: watched('allocation', policy.name, observer, now, policy.allocate.bind(policy), (given, available, requests) => ({
    orders: requests.map((request) => request.orderId),
    inputs: { sku: requests[0]?.sku, available, requests: requests.map((request) => ({ order: request.orderId, units: request.units, priority: request.priority })) },
    choice: given,
  })),
});

const carrierSelection: Instrument<CarrierSelectionPolicy> = (policy, observer, now) => {
  if ('assign' in policy) {
    return {
      name: policy.name,
      assign: watched('carrierSelection', policy.name, observer, now, policy.assign.bind(policy), (chosen, problem) => ({
        orders: problem.parcels.map((parcel) => parcel.order.id),
        inputs: { parcels: problem.parcels.length, capacity: problem.capacity },
        choice: problem.parcels.map((parcel, index) => ({ order: parcel.order.id, carrier: parcel.options[chosen[index] ?? -1]?.carrier ?? null })),
      })),
    };
  }
  return {
    name: policy.name,
    select: watched('carrierSelection', policy.name, observer, now, policy.select.bind(policy), (index, options, order) => ({
      orders: [order.id],
      inputs: { options: options.map((option) => ({ carrier: option.carrier, cost: option.cost, likelyDeliveryBy: option.likelyDeliveryBy })) },
      choice: options[index]?.carrier ?? null,
    })),
  };
};

const instruments: { [F in NamedPolicyFamily]: Instrument<PolicyOfFamily[F]> } = { prioritization, routing, batching, allocation, carrierSelection };

/** Wraps a policy so every decision is reported to (and timed for) the observer; decisions themselves are unchanged. */
export function instrumentPolicy<F extends NamedPolicyFamily>(family: F, policy: PolicyOfFamily[F], observer: PolicyObserver, now: () => number): PolicyOfFamily[F] {
  return instruments[family](policy, observer, now);
}
