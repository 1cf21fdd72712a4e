#!/usr/bin/env node
// Converts the UCI "Online Retail" extract (InvoiceNo, StockCode, Description, Quantity,
// InvoiceDate, UnitPrice, CustomerID, Country) into fulfill's order-history CSV and a SKU
// master. Usage: node convert-online-retail.mjs online_retail.csv OUT_DIR
// Derivations (the data has no channel, service, weight or location; see the README tutorial):
//   channel  "web" when the invoice carries a DOT (DOTCOM POSTAGE) line, else "wholesale";
//   service  "domestic" when Country is United Kingdom, else "international";
//   skipped  cancellations (InvoiceNo C...), adjustments (A...), Quantity <= 0, UnitPrice <= 0
//            and non-product codes (POST, DOT, C2, M, D, S, B, BANK CHARGES, AMAZONFEE, CRUK, gift_*),
//            each counted and printed;
//   SKU master: one row per product code, its description and median unit price; unit weight
//            an assumed 0.25 kg (giftware; replace with your own) and no location (slotted by popularity).
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse';

const [input, outDir] = process.argv.slice(2);
if (input === undefined || outDir === undefined) {
  console.error('usage: node convert-online-retail.mjs online_retail.csv OUT_DIR');
  process.exit(2);
}
const NON_PRODUCT = new Set(['POST', 'DOT', 'C2', 'M', 'm', 'D', 'S', 'B', 'BANK CHARGES', 'AMAZONFEE', 'CRUK']);
const skipped = { cancellation: 0, adjustment: 0, nonPositiveQuantity: 0, nonPositivePrice: 0, nonProduct: 0 };
const rows = [];
const webInvoices = new Set();
const prices = new Map();
const descriptions = new Map();
const parser = createReadStream(input).pipe(parse({ columns: true, bom: true }));
for await (const row of parser) {
  const invoice = row.InvoiceNo;
  const code = row.StockCode;
  if (code === 'DOT') webInvoices.add(invoice);
  if (invoice.startsWith('C')) skipped.cancellation++;
  else if (invoice.startsWith('A')) skipped.adjustment++;
  else if (NON_PRODUCT.has(code) || code.startsWith('gift_')) skipped.nonProduct++;
  else if (!(Number(row.Quantity) > 0)) skipped.nonPositiveQuantity++;
  else if (!(Number(row.UnitPrice) > 0)) skipped.nonPositivePrice++;
  else {
    rows.push(row);
    if (!prices.has(code)) prices.set(code, []);
    prices.get(code).push(Number(row.UnitPrice));
    if (!descriptions.has(code) && row.Description !== '') descriptions.set(code, row.Description);
  }
}
const quote = (text) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const history = ['timestamp,order,channel,sku,quantity,service'];
for (const row of rows) {
  const channel = webInvoices.has(row.InvoiceNo) ? 'web' : 'wholesale';
  const service = row.Country === 'United Kingdom' ? 'domestic' : 'international';
  history.push([row.InvoiceDate, row.InvoiceNo, channel, quote(row.StockCode), row.Quantity, service].join(','));
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const master = ['sku,description,unitPrice,unitWeightKg'];
for (const [code, values] of [...prices].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  master.push([quote(code), quote(descriptions.get(code) ?? ''), median(values).toFixed(2), '0.25'].join(','));
}
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'orders.csv'), `${history.join('\n')}\n`);
writeFileSync(join(outDir, 'skus.csv'), `${master.join('\n')}\n`);
console.log(`${rows.length} order lines, ${prices.size} SKUs written to ${outDir}; skipped: ${JSON.stringify(skipped)}`);
