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

describe('Emitter channels', () => {
  it('hands out one channel per name, which reaches listeners subscribed before and after', () => {
    const events = new Emitter<TestEvents>();
    const seen: string[] = [];
    events.on('placed', ({ id }) => seen.push(`early${id}`));
    const placed = events.channel('placed');
    expect(events.channel('placed')).toBe(placed);
    events.on('placed', ({ id }) => seen.push(`late${id}`));
    placed.emit({ id: 1 });
    events.emit('placed', { id: 2 });
    expect(seen).toEqual(['early1', 'late1', 'early2', 'late2']);
  });

  it('subscribing on the channel and through the emitter make one list, in subscription order', () => {
    const events = new Emitter<TestEvents>();
    const seen: string[] = [];
    const placed = events.channel('placed');
    placed.subscribe(({ id }) => seen.push(`channel${id}`));
    events.on('placed', ({ id }) => seen.push(`emitter${id}`));
    placed.subscribe(({ id }) => seen.push(`again${id}`));
    events.emit('placed', { id: 4 });
    expect(seen).toEqual(['channel4', 'emitter4', 'again4']);
  });

  it('a channel taken with nobody subscribed is not listening, and listens stays false for its name', () => {
    const events = new Emitter<TestEvents>();
    const shipped = events.channel('shipped');
    expect(shipped.listening).toBe(false);
    expect(events.listens('shipped')).toBe(false);
    shipped.emit({ id: 3 });
    events.on('shipped', () => undefined);
    expect(shipped.listening).toBe(true);
    expect(events.listens('shipped')).toBe(true);
  });
});
