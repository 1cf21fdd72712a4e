import { createRandomStream } from '../engine/node.js';
import type { QueueRun } from './mmcKernel.js';

/**
 * The floor: the same M/M/c model as a bare hand-written loop over a typed-array binary
 * heap of (time, kind) with a plain FIFO array, no closures and no kernel. Same streams,
 * so it serves the same customers with the same draws.
 */
export function mmcFloor(customers: number, arrivalRate: number, serviceRate: number, servers: number, seed = 1): QueueRun {
  const arrivals = createRandomStream(seed, 0, 'arrivals');
  const services = createRandomStream(seed, 0, 'services');
  const capacity = servers + 2;
  const times = new Float64Array(capacity);
  const kinds = new Uint8Array(capacity); // 0 arrival, 1 departure
  const seqs = new Float64Array(capacity);
  let size = 0;
  let seq = 0;
  const push = (time: number, kind: number): void => {
    let index = size++;
    const mySeq = seq++;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const pt = times[parent] as number;
      if (pt < time || (pt === time && (seqs[parent] as number) < mySeq)) break;
      times[index] = pt;
      kinds[index] = kinds[parent] as number;
      seqs[index] = seqs[parent] as number;
      index = parent;
    }
    times[index] = time;
    kinds[index] = kind;
    seqs[index] = mySeq;
  };
  const queue: number[] = [];
  let head = 0;
  let busy = 0;
  let arrived = 0;
  let events = 0;
  let totalWait = 0;
  push(-Math.log(1 - arrivals()) / arrivalRate, 0);
  while (size > 0) {
    const now = times[0] as number;
    const kind = kinds[0] as number;
    size--;
    if (size > 0) {
      const lastTime = times[size] as number;
      const lastKind = kinds[size] as number;
      const lastSeq = seqs[size] as number;
      let index = 0;
      for (;;) {
        let child = 2 * index + 1;
        if (child >= size) break;
        const right = child + 1;
        if (
          right < size &&
          ((times[right] as number) < (times[child] as number) ||
            ((times[right] as number) === (times[child] as number) && (seqs[right] as number) < (seqs[child] as number)))
        )
          child = right;
        const ct = times[child] as number;
        if (lastTime < ct || (lastTime === ct && lastSeq < (seqs[child] as number))) break;
        times[index] = ct;
        kinds[index] = kinds[child] as number;
        seqs[index] = seqs[child] as number;
        index = child;
      }
      times[index] = lastTime;
      kinds[index] = lastKind;
      seqs[index] = lastSeq;
    }
    events++;
    if (kind === 0) {
      arrived++;
      if (busy < servers) {
        busy++;
        push(now - Math.log(1 - services()) / serviceRate, 1);
      } else queue.push(now);
      if (arrived < customers) push(now - Math.log(1 - arrivals()) / arrivalRate, 0);
    } else if (head < queue.length) {
      totalWait += now - (queue[head++] as number);
      push(now - Math.log(1 - services()) / serviceRate, 1);
    } else busy--;
  }
  return { customers: arrived, events, meanWait: totalWait / arrived };
}
