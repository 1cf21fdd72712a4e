import { describe, expect, it } from 'vitest';
import { applyCapacitySchedule, capacityAt } from '../../engine/kernel/CapacitySchedule.js';
import { Resource } from '../../engine/kernel/Resource.js';
import { Simulation } from '../../engine/kernel/Simulation.js';

describe('Resource', () => {
  it('request grants at once while units are free, then queues FIFO', () => {
    const resource = new Resource({ capacity: 1 });
    const granted: string[] = [];
    resource.request(() => granted.push('a'));
    resource.request(() => granted.push('b'));
    resource.request(() => granted.push('c'));
    expect(granted).toEqual(['a']);
    resource.release();
    expect(granted).toEqual(['a', 'b']);
    resource.release();
    expect(granted).toEqual(['a', 'b', 'c']);
    expect(resource.busy).toBe(1);
  });

  it('request under the priority discipline serves the lowest priority value first, ties FIFO', () => {
    const resource = new Resource({ capacity: 1, discipline: 'priority' });
    const granted: string[] = [];
    resource.request(() => granted.push('holder'));
    resource.request(() => granted.push('p5'), 5);
    resource.request(() => granted.push('p1-first'), 1);
    resource.request(() => granted.push('p1-second'), 1);
    for (let i = 0; i < 3; i++) resource.release();
    expect(granted).toEqual(['holder', 'p1-first', 'p1-second', 'p5']);
  });

  it('cancel withdraws a waiting request', () => {
    const resource = new Resource({ capacity: 1 });
    const granted: string[] = [];
    resource.request(() => granted.push('a'));
    const b = resource.request(() => granted.push('b'));
    resource.request(() => granted.push('c'));
    resource.cancel(b);
    resource.release();
    expect(granted).toEqual(['a', 'c']);
  });

  it('requestCall grants its handler with its own subject, now or later, by priority, and can be cancelled', () => {
    const resource = new Resource({ capacity: 1, discipline: 'priority' });
    const granted: string[] = [];
    const grant = (subject: { readonly name: string }): void => void granted.push(subject.name);
    resource.requestCall(grant, { name: 'holder' });
    resource.requestCall(grant, { name: 'p5' }, 5);
    const cancelled = resource.requestCall(grant, { name: 'p1-cancelled' }, 1);
    resource.requestCall(grant, { name: 'p1' }, 1);
    resource.request(() => granted.push('closure'), 3);
    expect(granted).toEqual(['holder']);
    resource.cancel(cancelled);
    for (let i = 0; i < 3; i++) resource.release();
    expect(granted).toEqual(['holder', 'p1', 'closure', 'p5']);
  });

  it('requestCall under FIFO grants each handler with the very subject it was given', () => {
    const resource = new Resource({ capacity: 1 });
    const subjects = [{ id: 0 }, { id: 1 }, { id: 2 }];
    const granted: object[] = [];
    for (const subject of subjects) resource.requestCall((s: object) => void granted.push(s), subject);
    resource.release();
    resource.release();
    expect(granted).toHaveLength(3);
    granted.forEach((subject, i) => expect(subject).toBe(subjects[i]));
  });

  it('request calls its handler with no argument, granted at once or from the line', () => {
    const resource = new Resource({ capacity: 1 });
    const argumentCounts: number[] = [];
    function onGrant(...args: unknown[]): void {
      argumentCounts.push(args.length);
    }
    resource.request(onGrant);
    resource.request(onGrant);
    resource.release();
    expect(argumentCounts).toEqual([0, 0]);
  });

  it('setCapacity lets busy units finish and grants only below the new capacity', () => {
    const resource = new Resource({ capacity: 2 });
    const granted: number[] = [];
    for (let i = 0; i < 4; i++) resource.request(() => granted.push(i));
    resource.setCapacity(1);
    resource.release();
    expect(granted).toEqual([0, 1]);
    resource.release();
    expect(granted).toEqual([0, 1, 2]);
    resource.setCapacity(3);
    expect(granted).toEqual([0, 1, 2, 3]);
  });

  it('release without a busy unit is a programming error', () => {
    expect(() => new Resource({ capacity: 1 }).release()).toThrow(RangeError);
  });

  it('onChange reports busy units and capacity', () => {
    const resource = new Resource({ capacity: 1 });
    const changes: Array<[number, number]> = [];
    resource.onChange((busy, capacity) => changes.push([busy, capacity]));
    resource.request(() => undefined);
    resource.setCapacity(2);
    resource.release();
    expect(changes).toEqual([
      [1, 1],
      [1, 2],
      [0, 2],
    ]);
  });

  it('a unit released straight to a waiting request is one change; past cancelled requests it is a fall', () => {
    const resource = new Resource({ capacity: 1 });
    const changes: number[] = [];
    const granted: number[] = [];
    resource.onChange((busy) => changes.push(busy));
    resource.request(() => granted.push(1));
    resource.request(() => granted.push(2));
    const cancelled = resource.request(() => granted.push(3));
    resource.release(); // to request 2: busy stays 1
    resource.cancel(cancelled);
    resource.release(); // only a cancelled request waits: busy falls to 0
    expect(granted).toEqual([1, 2]);
    expect(changes).toEqual([1, 1, 0]);
  });
});

describe('applyCapacitySchedule', () => {
  it('changes capacity at each step of every period', () => {
    const simulation = new Simulation();
    const resource = new Resource({ capacity: 0 });
    const schedule = {
      period: 24,
      steps: [
        { offset: 6, capacity: 3 },
        { offset: 14, capacity: 1 },
        { offset: 22, capacity: 0 },
      ],
    };
    applyCapacitySchedule(simulation, resource, schedule, 48);
    const seen: Array<[number, number]> = [];
    resource.onChange((_, capacity) => seen.push([simulation.now, capacity]));
    simulation.run(48);
    expect(seen).toEqual([
      [6, 3],
      [14, 1],
      [22, 0],
      [30, 3],
      [38, 1],
      [46, 0],
    ]);
    expect(capacityAt(schedule, 2)).toBe(0);
    expect(capacityAt(schedule, 30)).toBe(3);
  });
});
