#!/usr/bin/env node
// Writes scenarios/data/orders-sample.csv: two weeks of synthetic order lines (Monday
// 2024-03-04 to Sunday 2024-03-17) for the web and b2b channels, in the order-history format
// `fulfill` replays (timestamp, order, channel, sku, quantity, service). Deterministic: the same
// file every time. Usage: node scenarios/data/generate-sample.mjs [output.csv]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// mulberry32: a small, well-known 32-bit generator; enough for sample data.
let state = 20240304;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const poisson = (mean) => {
  let k = 0;
  for (let p = Math.exp(-mean), s = p, u = random(); u > s; k++) {
    p *= mean / (k + 1);
    s += p;
  }
  return k;
};

const SKUS = 300;
const weights = Array.from({ length: SKUS }, (_, i) => 1 / (i + 1));
const total = weights.reduce((a, b) => a + b, 0);
const drawSku = () => {
  let u = random() * total;
  for (let i = 0; i < SKUS; i++) if ((u -= weights[i]) <= 0) return `SKU-${String(i + 1).padStart(4, '0')}`;
  return `SKU-${SKUS}`;
};
const hourly = [0.2, 0.1, 0.1, 0.1, 0.2, 0.4, 0.8, 1.2, 1.6, 1.8, 1.9, 2, 2, 1.9, 1.8, 1.7, 1.6, 1.6, 1.7, 1.8, 1.7, 1.3, 0.8, 0.4];
const hourTotal = hourly.reduce((a, b) => a + b, 0);
const channels = [
  {
    name: 'web',
    perDay: [260, 250, 240, 235, 225, 200, 230],
    lines: 0.6,
    units: 0.2,
    services: [
      ['ground', 0.7],
      ['two-day', 0.2],
      ['next-day', 0.1],
    ],
  },
  { name: 'b2b', perDay: [45, 45, 45, 45, 45, 0, 0], lines: 2, units: 4, services: [['ground', 1]] },
];
const start = Date.UTC(2024, 2, 4);
const rows = ['timestamp,order,channel,sku,quantity,service'];
let orderId = 100000;
for (let day = 0; day < 14; day++) {
  for (const channel of channels) {
    for (let hour = 0; hour < 24; hour++) {
      const count = poisson((channel.perDay[day % 7] * hourly[hour]) / hourTotal);
      for (let n = 0; n < count; n++) {
        const time = new Date(start + ((day * 24 + hour) * 3600 + Math.floor(random() * 3600)) * 1000).toISOString().slice(0, 19);
        let u = random();
        const service = channel.services.find(([, share]) => (u -= share) <= 0)?.[0] ?? 'ground';
        const id = `${channel.name.toUpperCase()}-${orderId++}`;
        const lines = 1 + poisson(channel.lines);
        for (let l = 0; l < lines; l++) rows.push([time, id, channel.name, drawSku(), 1 + poisson(channel.units), service].join(','));
      }
    }
  }
}
const output = process.argv[2] ?? fileURLToPath(new URL('./orders-sample.csv', import.meta.url));
writeFileSync(output, `${rows.join('\n')}\n`);
console.log(`wrote ${rows.length - 1} order lines to ${output}`);
