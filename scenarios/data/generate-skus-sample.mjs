#!/usr/bin/env node
// Writes scenarios/data/skus-sample.csv: a SKU master for the 300 SKU codes of orders-sample.csv
// (SKU-0001 to SKU-0300), in the format `catalog.file` reads (see "SKU master" in the README):
// prices, weights, dimensions for most SKUs, fragility, and a location on one of 10 aisles
// (A1 to A10, 30 bays of `slotPitch` 1 m, 4 levels) assigned without regard to popularity, as a
// DC that grew over the years might have them. Deterministic: the same file every time.
// Usage: node scenarios/data/generate-skus-sample.mjs [output.csv]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// mulberry32: a small, well-known 32-bit generator; enough for sample data.
let state = 20240317;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const between = (low, high) => low + random() * (high - low);

const SKUS = 300;
const AISLES = 10;
const BAYS = 30;
const LEVELS = 4;
const KINDS = ['mug', 'lamp', 'towel', 'frame', 'candle', 'vase', 'cushion', 'clock', 'bowl', 'tray'];

// Every (aisle, bay, level) slot once, shuffled: SKUs take the first 300.
const slots = [];
for (let aisle = 1; aisle <= AISLES; aisle++)
  for (let bay = 1; bay <= BAYS; bay++) for (let level = 1; level <= LEVELS; level++) slots.push({ aisle, bay, level });
for (let i = slots.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [slots[i], slots[j]] = [slots[j], slots[i]];
}

const rows = ['sku,description,unitPrice,unitWeightKg,lengthCm,widthCm,heightCm,fragile,aisle,bay,level,zone'];
for (let i = 0; i < SKUS; i++) {
  const code = `SKU-${String(i + 1).padStart(4, '0')}`;
  const kind = KINDS[i % KINDS.length];
  const price = Math.exp(between(Math.log(4), Math.log(120))).toFixed(2);
  const weight = Math.exp(between(Math.log(0.1), Math.log(6))).toFixed(3);
  // About one SKU in eight has no dimensions on file.
  const dimensions = random() < 0.125 ? ',,' : [between(5, 60), between(5, 40), between(2, 30)].map((cm) => cm.toFixed(1)).join(',');
  const fragile = kind === 'mug' || kind === 'vase' || kind === 'frame' ? 'yes' : 'no';
  const { aisle, bay, level } = slots[i];
  const zone = aisle <= AISLES / 2 ? 'north' : 'south';
  rows.push(`${code},"${kind} ${i + 1}",${price},${weight},${dimensions},${fragile},A${aisle},${bay},${level},${zone}`);
}

const output = process.argv[2] ?? fileURLToPath(new URL('skus-sample.csv', import.meta.url));
writeFileSync(output, `${rows.join('\n')}\n`);
console.log(`wrote ${SKUS} SKUs to ${output}`);
