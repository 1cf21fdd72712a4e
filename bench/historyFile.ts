import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Options of a generated order-history CSV. */
export interface HistoryFileOptions {
  /** Order lines (CSV rows after the header). */
  readonly lines: number;
  /** Distinct SKU codes drawn (Zipf-like popularity). Default 2,000, the baseline catalog. */
  readonly skus?: number;
  /** Days the history spans from Monday 2024-03-04. Default 56. */
  readonly days?: number;
  /** Generator seed. Default 1. */
  readonly seed?: number;
}

/** mulberry32: a small, well-known 32-bit generator; enough for bench data. */
function generator(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes a deterministic order-history CSV of `lines` rows (web orders of 1-4 lines, B2B orders
 * of 5-12) in the format `fulfill` replays, streaming it out in blocks so any size fits in
 * memory. Timestamps spread evenly over the span, in time order. Returns the orders written.
 */
export function writeHistoryFile(path: string, options: HistoryFileOptions): number {
  const random = generator(options.seed ?? 1);
  const skus = options.skus ?? 2000;
  const spanMs = (options.days ?? 56) * 86_400_000;
  // Inverse of the Zipf(1) CDF, approximated: rank = skus^u spreads draws like 1/rank.
  const sku = (): string => `SKU-${String(Math.min(skus, Math.floor(skus ** random()))).padStart(5, '0')}`;
  const services = ['ground', 'ground', 'ground', 'two-day', 'next-day'];
  const start = Date.UTC(2024, 2, 4);
  const file = openSync(path, 'w');
  let block = 'timestamp,order,channel,sku,quantity,service\n';
  let written = 0;
  let orders = 0;
  try {
    while (written < options.lines) {
      const b2b = random() < 0.1;
      const count = Math.min(options.lines - written, b2b ? 5 + Math.floor(random() * 8) : 1 + Math.floor(random() * random() * 4));
      const time = new Date(start + Math.floor((written / options.lines) * spanMs)).toISOString().slice(0, 19);
      const id = `${b2b ? 'B2B' : 'WEB'}-${1_000_000 + orders++}`;
      const service = b2b ? 'ground' : (services[Math.floor(random() * services.length)] as string);
      for (let line = 0; line < count; line++) {
        const units = b2b ? 1 + Math.floor(random() * 12) : 1 + Math.floor(random() * random() * 3);
        block += `${time},${id},${b2b ? 'b2b' : 'web'},${sku()},${units},${b2b && random() < 0.5 ? '' : service}\n`;
      }
      written += count;
      if (block.length > 1 << 20) {
        writeSync(file, block);
        block = '';
      }
    }
    writeSync(file, block);
  } finally {
    closeSync(file);
  }
  return orders;
}

// `node dist/bench/historyFile.js OUT.csv [LINES]` writes a history file (default 1,000,000 lines).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [out, lines = '1000000'] = process.argv.slice(2);
  if (out === undefined || !/^\d+$/.test(lines)) {
    console.error('usage: node dist/bench/historyFile.js OUT.csv [LINES]');
    process.exit(2);
  }
  const orders = writeHistoryFile(out, { lines: Number(lines) });
  console.log(`wrote ${Number(lines).toLocaleString('en-US')} order lines (${orders.toLocaleString('en-US')} orders) to ${out}`);
}
