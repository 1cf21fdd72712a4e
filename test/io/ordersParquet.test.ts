import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../../engine/io/csvField.js';
import { ordersAnswer } from '../../engine/io/dashboard/ordersAnswer.js';
import { readOrderRecords } from '../../engine/io/readOrdersCsv.js';
import { writeOrdersParquet } from '../../engine/io/ordersParquet.js';
import { readOrderRecordsParquet, MAX_PARQUET_ORDERS, TooManyOrders } from '../../engine/io/readOrdersParquet.js';
import { readScenario } from '../../engine/io/readScenario.js';
import { runReplication } from '../../engine/experiment/runReplication.js';
import { cli } from '../helpers/cli.js';

const SCENARIO = 'scenarios/validation/pick-queue.json';
let scratch: string;
let csvDir: string;
let parquetDir: string;

async function parquetRows(file: string): Promise<Array<Record<string, unknown>>> {
  const bytes = readFileSync(file);
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), rowFormat: 'object' });
}

/** A Parquet value as the CSV writes it (BigInt seeds as their digits). */
const asCsv = (value: unknown): string => csvField(typeof value === 'bigint' ? Number(value) : (value as string | number | boolean | null));

/** The CSV's header and rows, split on commas (these CSVs hold no quoted fields). */
function csvTable(file: string): { header: string[]; rows: string[][] } {
  const [head = '', ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  expect(readFileSync(file, 'utf8')).not.toContain('"');
  return { header: head.split(','), rows: lines.map((line) => line.split(',')) };
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'fulfill-parquet-'));
  csvDir = join(scratch, 'csv');
  parquetDir = join(scratch, 'parquet');
  const common = ['run', SCENARIO, '--horizon', '4d', '--reps', '2', '--seed', '3', '--workers', '1'];
  expect((await cli(...common, '--out', csvDir)).code).toBe(0);
  expect((await cli(...common, '--out', parquetDir, '--format', 'parquet')).code).toBe(0);
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('run --format parquet', () => {
  it('writes orders.parquet instead of orders.csv and kpis.parquet beside kpis.csv, all listed in the manifest', () => {
    expect(readdirSync(parquetDir).sort()).toEqual([
      'kpis.csv',
      'kpis.parquet',
      'manifest.json',
      'pick-queue.json',
      'pick-queue.orders.parquet',
    ]);
    const manifest = JSON.parse(readFileSync(join(parquetDir, 'manifest.json'), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(['kpis.csv', 'kpis.parquet', 'pick-queue.json', 'pick-queue.orders.parquet']);
    expect(readFileSync(join(parquetDir, 'kpis.csv'), 'utf8')).toBe(readFileSync(join(csvDir, 'kpis.csv'), 'utf8'));
    expect(readFileSync(join(parquetDir, 'pick-queue.json'), 'utf8')).toBe(readFileSync(join(csvDir, 'pick-queue.json'), 'utf8'));
  });

  it.each([
    ['pick-queue.orders.csv', 'pick-queue.orders.parquet'],
    ['kpis.csv', 'kpis.parquet'],
  ])('%s and its Parquet file hold the same columns and every value', async (csvName, parquetName) => {
    const { header, rows } = csvTable(join(csvDir, csvName));
    const parquet = await parquetRows(join(parquetDir, parquetName));
    expect(rows.length).toBeGreaterThan(1);
    expect(parquet).toHaveLength(rows.length);
    expect(Object.keys(parquet[0] ?? {})).toEqual(header);
    parquet.forEach((row, index) => expect(Object.values(row).map(asCsv)).toEqual(rows[index]));
  });

  it('gives the order inspector the same records as the CSV', async () => {
    const fromCsv = readOrderRecords(join(csvDir, 'pick-queue.orders.csv'), 1);
    expect(await readOrderRecordsParquet(join(parquetDir, 'pick-queue.orders.parquet'), 1)).toEqual(fromCsv);
    for (const query of ['list=latest', 'list=late', `id=${fromCsv[0]?.id}`, 'id=99999999']) {
      const params = new URLSearchParams(`scenario=pick-queue&${query}`);
      expect(await ordersAnswer(parquetDir, params)).toEqual(await ordersAnswer(csvDir, params));
    }
  });

  it('splits a replication into row groups of at most the given rows, each within one replication, without changing a row', async () => {
    const { scenario } = await readScenario(SCENARIO);
    const short = { ...scenario, horizon: '4d', seed: 3 };
    const results = [0, 1].map((replication) => runReplication(short, replication, { recordOrders: true }));
    const file = join(scratch, 'grouped.orders.parquet');
    writeOrdersParquet(file, results, 7);
    const bytes = readFileSync(file);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    const groups = parquetMetadata(buffer).row_groups.map((group) => Number(group.num_rows));
    const counts = results.map((result) => result.orders?.count ?? 0);
    expect(counts[0]).toBeGreaterThan(7);
    expect(groups).toEqual(
      counts.flatMap((count) => [...Array<number>(Math.floor(count / 7)).fill(7), ...(count % 7 > 0 ? [count % 7] : [])]),
    );
    expect(await parquetRows(file)).toEqual(await parquetRows(join(parquetDir, 'pick-queue.orders.parquet')));
    expect(await readOrderRecordsParquet(file, 1)).toEqual(await readOrderRecordsParquet(join(parquetDir, 'pick-queue.orders.parquet'), 1));
  });

  it('bounds what the inspector decodes by the rows of the replication asked, however they are grouped', async () => {
    const { scenario } = await readScenario(SCENARIO);
    // Orders per replication are few here: a low bound stands in for the real one by scaling the count check.
    const result = runReplication({ ...scenario, horizon: '4d', seed: 3 }, 0, { recordOrders: true });
    const count = result.orders?.count ?? 0;
    const copies = Math.ceil((MAX_PARQUET_ORDERS + 1) / count);
    const many = Array.from({ length: copies }, () => result);
    const file = join(scratch, 'many.orders.parquet');
    writeOrdersParquet(file, many, 50_000);
    await expect(readOrderRecordsParquet(file, 0)).rejects.toBeInstanceOf(TooManyOrders);
    // Replication 1 has no row group: nothing to decode, no refusal.
    expect(await readOrderRecordsParquet(file, 1)).toEqual([]);
  }, 120_000);

  it('counts rows by INT64 replication statistics as other writers (pandas) store them', async () => {
    // Seven row groups of 100,000 rows, replications 0 to 6: 700,000 in all, 100,000 for each replication.
    const file = join(scratch, 'int64.orders.parquet');
    const groups = 7;
    const rows = 100_000;
    const replication = new BigInt64Array(groups * rows).map((_, row) => BigInt(Math.floor(row / rows)));
    writeFileSync(
      file,
      new Uint8Array(
        parquetWriteBuffer({
          columnData: [{ name: 'replication', data: replication, type: 'INT64', nullable: false }],
          rowGroupSize: rows,
        }),
      ),
    );
    expect(await readOrderRecordsParquet(file, 3)).toHaveLength(rows);
  }, 60_000);

  it('refuses --format without --out or with an unknown format (exit 2)', async () => {
    expect((await cli('run', SCENARIO, '--horizon', '1d', '--format', 'parquet')).code).toBe(2);
    const unknown = await cli('run', SCENARIO, '--horizon', '1d', '--out', join(scratch, 'x'), '--format', 'xlsx');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--format: expected csv or parquet, got "xlsx"');
  });
});

describe('the order inspector on a damaged orders.parquet', () => {
  it('answers 200, 404 or 422 with a message, never throws', async () => {
    const good = readFileSync(join(parquetDir, 'pick-queue.orders.parquet'));
    let damaged = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.nat(good.length),
        async (changes, keep) => {
          const bytes = Uint8Array.from(good.subarray(0, Math.max(keep, 1)));
          for (const [at, value] of changes) if (at < bytes.length) bytes[at] = value;
          // A folder per case: the reader caches a file until its modification time changes.
          const folder = join(scratch, `damaged-${damaged++}`);
          mkdirSync(folder);
          writeFileSync(join(folder, 'pick-queue.orders.parquet'), bytes);
          const [status, body] = await ordersAnswer(folder, new URLSearchParams('scenario=pick-queue&list=latest'));
          expect([200, 404, 422]).toContain(status);
          if (status !== 200) expect((body as { error: string }).error).toMatch(/\S/);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});
