import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). */
export type RandomStream = () => number;

/**
 * Creates the named stream for (seed, replication, name). xor4096 is used because it is
 * about 10x faster than seedrandom's default ARC4 and has a long period (2^4096 - 1);
 * seeding by the full triple gives every stochastic source its own independent stream,
 * which is what makes common random numbers work across scenarios.
 */
export function createRandomStream(seed: number, replication: number | 'fixed', name: string): RandomStream {
  // The generator is itself a function returning 32-bit-resolution uniforms in [0, 1).
  return seedrandom.xor4096(`fulfill|${seed}|${replication}|${name}`);
}

/** Hands out named streams for one replication, creating each once. */
export class RandomStreams {
  private readonly streams = new Map<string, RandomStream>();

  constructor(
    readonly seed: number,
    readonly replication: number,
  ) {}

  /**
   * A stream that is the same in every replication of this seed, for things that are part
   * of the scenario rather than of its randomness (e.g. a drawn catalog).
   */
  fixed(name: string): RandomStream {
    return this.get(`fixed:${name}`, 'fixed');
  }

  /** The stream called `name` (the same object on every call). */
  get(name: string, replication: number | 'fixed' = this.replication): RandomStream {
    let stream = this.streams.get(name);
    if (stream === undefined) {
      stream = createRandomStream(this.seed, replication, name);
      this.streams.set(name, stream);
    }
    return stream;
  }
}
