import { watchDecision } from './decisionWatch.js';

/** "route(12 picks)": a call as the timeout message names it, from the method and its arguments. */
function describeCall(method: string, args: readonly unknown[]): string {
  const size = (value: unknown): string => (Array.isArray(value) ? String(value.length) : value instanceof Set ? String(value.size) : '?');
  switch (method) {
    case 'route':
      return `route(${size(args[1])} picks)`;
    case 'allocate':
      return `allocate(${String(args[0])} units, ${size(args[1])} lines)`;
    case 'companions':
      return `companions(order ${String((args[1] as { id?: unknown } | undefined)?.id)})`;
    case 'priority':
    case 'select':
      return `${method}(order ${String((args[method === 'select' ? 1 : 0] as { id?: unknown } | undefined)?.id)})`;
    case 'assign':
      return `assign(${size((args[0] as { parcels?: unknown } | undefined)?.parcels)} parcels)`;
    default:
      return `${method}()`;
  }
}

/**
 * The policy with every method call recorded as a decision in progress (see decisionWatch), so
 * a supervisor in another thread can stop one that never returns. Answers are passed through
 * unchecked: check-policy judges them with the family's rules.
 */
export function watchPolicy<P extends object>(policy: P, module: string): P {
  return new Proxy(policy, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => watchDecision(module, describeCall(key, args), () => (value as (...inner: unknown[]) => unknown).apply(target, args));
    },
  });
}
