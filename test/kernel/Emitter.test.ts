import { describe, expect, it } from 'vitest';
import { Emitter } from '../../engine/kernel/Emitter.js';

interface TestEvents {
  placed: { readonly id: number };
  shipped: { readonly id: number };
}

describe('Emitter', () => {
  it('delivers payloads to listeners in subscription order', () => {
    const events = new Emitter<TestEvents>();
    const seen: string[] = [];
    events.on('placed', ({ id }) => seen.push(`a${id}`));
    events.on('placed', ({ id }) => seen.push(`b${id}`));
    events.emit('placed', { id: 1 });
    events.emit('shipped', { id: 2 });
    expect(seen).toEqual(['a1', 'b1']);
  });

  it('listens says whether an event has listeners, also after subscribing late', () => {
    const events = new Emitter<TestEvents>();
    expect(events.listens('placed')).toBe(false);
    events.on('placed', () => undefined);
    expect(events.listens('placed')).toBe(true);
    expect(events.listens('shipped')).toBe(false);
  });
});
