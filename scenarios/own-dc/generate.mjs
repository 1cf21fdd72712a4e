#!/usr/bin/env node
// Writes the files of the README tutorial "Model your own DC" (deterministic: the same files
// every time), standing in for what an analyst exports from their own systems:
//   skus.csv    a SKU master (see "SKU master" in the README): 500 SKUs with prices, weights,
//               dimensions (a few missing), fragility and a location on one of 8 aisles
//               (A1 to A8, 40 bays of 1 m, 4 levels), slotted without regard to popularity;
//   orders.csv  five weeks of order history with what happened to each order (shippedAt,
//               deliveredAt, promisedBy): replication 0 of truth.json, the "real" DC, written
//               by `fulfill export-history` from Monday 2024-03-04.
// Usage (after `npm run build`): node scenarios/own-dc/generate.mjs [OUT_DIR]
// (default: this folder; test/examples/ownDc.test.ts regenerates into a temporary folder and
// compares). truth.json reads the skus.csv of this folder.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const outDir = process.argv[2] === undefined ? fileURLToPath(new URL('.', import.meta.url)) : resolve(process.argv[2]);

// mulberry32: a small, well-known 32-bit generator; enough for sample data.
let state = 20240304;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const between = (low, high) => low + random() * (high - low);

const SKUS = 500;
const AISLES = 8;
const BAYS = 40;
const LEVELS = 4;
const KINDS = ['mug', 'lamp', 'towel', 'frame', 'candle', 'vase', 'cushion', 'clock', 'bowl', 'tray'];

// Every (aisle, bay, level) slot once, shuffled: the SKUs take the first 500.
const slots = [];
for (let aisle = 1; aisle <= AISLES; aisle++)
  for (let bay = 1; bay <= BAYS; bay++) for (let level = 1; level <= LEVELS; level++) slots.push({ aisle, bay, level });
for (let i = slots.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [slots[i], slots[j]] = [slots[j], slots[i]];
}

const rows = ['sku,description,unitPrice,unitWeightKg,lengthCm,widthCm,heightCm,fragile,aisle,bay,level'];
for (let i = 0; i < SKUS; i++) {
  const code = `HX-${String(1000 + i)}`;
  const kind = KINDS[i % KINDS.length];
  const price = Math.exp(between(Math.log(4), Math.log(120))).toFixed(2);
  const weight = Math.exp(between(Math.log(0.1), Math.log(6))).toFixed(3);
  // About one SKU in ten has no dimensions on file (its volume is then drawn from catalog.unitVolumeLitres).
  const dimensions = random() < 0.1 ? ',,' : [between(5, 60), between(5, 40), between(2, 30)].map((cm) => cm.toFixed(1)).join(',');
  const fragile = kind === 'mug' || kind === 'vase' || kind === 'frame' ? 'yes' : 'no';
  const { aisle, bay, level } = slots[i];
  rows.push(`${code},"${kind} ${i + 1}",${price},${weight},${dimensions},${fragile},A${aisle},${bay},${level}`);
}
writeFileSync(join(outDir, 'skus.csv'), `${rows.join('\n')}\n`);
console.log(`wrote ${SKUS} SKUs to ${join(outDir, 'skus.csv')}`);

const bin = fileURLToPath(new URL('../../dist/engine/cli/bin.js', import.meta.url));
execFileSync(process.execPath, [bin, 'export-history', here('truth.json'), '--out', join(outDir, 'orders.csv'), '--start', '2024-03-04'], {
  stdio: 'inherit',
});
