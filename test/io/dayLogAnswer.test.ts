import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { resultDocument } from '../helpers/resultDocument.js';
import { describe, expect, it } from 'vitest';
import { recordDay } from '../../engine/experiment/dayLog/recordDay.js';
import { dayLogAnswer, recordedDaysAnswer } from '../../engine/io/dashboard/dayLogAnswer.js';
import { readResultFolder } from '../../engine/io/dashboard/resultDocuments.js';
import { scenarioWith } from '../helpers/scenarios.js';

const log = recordDay(scenarioWith('scenarios/baseline.json', { horizon: '2d', warmup: '1d' }), 'baseline', 1);
const text = `${JSON.stringify(log)}\n`;

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fulfill-day-answer-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

const query = (scenario: string, day: string): URLSearchParams => new URLSearchParams({ scenario, day });

describe('recordedDaysAnswer', () => {
  it('recordedDaysAnswer lists the day logs of the folder, the baseline first, and nothing else', () => {
    const folder = folderWith({ 'what-if.day-3.json': text, 'baseline.day-12.json': text, 'baseline.json': '{}', 'x.day-a.json': '' });
    expect(JSON.parse(recordedDaysAnswer(folder).body as string)).toEqual({
      days: [
        { scenario: 'baseline', day: 12 },
        { scenario: 'what-if', day: 3 },
      ],
    });
    expect(JSON.parse(recordedDaysAnswer(join(folder, 'missing')).body as string)).toEqual({ days: [] });
  });

  it('readResultFolder reads no result through a link out of the folder, and says so', () => {
    const elsewhere = folderWith({ 'secret.json': JSON.stringify({ scenario: 'secret', kpis: {} }) });
    const folder = folderWith({});
    symlinkSync(join(elsewhere, 'secret.json'), join(folder, 'secret.json'));
    expect(readResultFolder(folder)).toEqual({ documents: [], unreadable: [{ file: 'secret.json', reason: 'not a file of this folder' }] });
  });

  it('readResultFolder reads what a page can show (an older result without a KPI, a long description) and names what it cannot', () => {
    const older = resultDocument('older');
    delete (older.kpis as Record<string, unknown>).oversellRate;
    const long = { ...resultDocument('long'), description: 'x'.repeat(20_000) };
    const folder = folderWith({
      'older.json': JSON.stringify(older),
      'long.json': JSON.stringify(long),
      'nullkpi.json': JSON.stringify({ ...resultDocument('nullkpi'), kpis: { onTimeRate: null } }),
      'series.json': JSON.stringify({ ...resultDocument('series'), series: 'x' }),
    });
    const { documents, unreadable } = readResultFolder(folder);
    expect(documents.map((document) => document.scenario)).toEqual(['long', 'older']);
    expect(unreadable).toEqual([
      { file: 'nullkpi.json', reason: expect.stringMatching(/^\$\.kpis\.onTimeRate: /) as unknown },
      { file: 'series.json', reason: expect.stringMatching(/^\$\.series: /) as unknown },
    ]);
  });

  it('readResultFolder leaves day logs to the playback (not read as results, not unreadable)', () => {
    const folder = folderWith({ 'baseline.day-1.json': '{not json', 'baseline.day-2.json': text });
    expect(readResultFolder(folder)).toEqual({ documents: [], unreadable: [] });
  });

  it('tells a result named like a day log (a scenario called promo.day-2) from a day log by its content', () => {
    const result = resultDocument('promo.day-2');
    const folder = folderWith({ 'promo.day-2.json': JSON.stringify(result, null, 2), 'baseline.day-4.json': ` \n${text}` });
    expect(readResultFolder(folder)).toEqual({ documents: [result], unreadable: [] });
    expect(JSON.parse(recordedDaysAnswer(folder).body as string)).toEqual({ days: [{ scenario: 'baseline', day: 4 }] });
  });
});

describe('dayLogAnswer', () => {
  it('dayLogAnswer serves a recorded day as written', () => {
    const folder = folderWith({ 'baseline.day-1.json': text });
    expect(dayLogAnswer(folder, query('baseline', '1'))).toMatchObject({ status: 200, body: text });
  });

  it('dayLogAnswer never serves a day log through a link out of the folder; a link inside it is served', () => {
    const elsewhere = folderWith({ 'baseline.day-1.json': text });
    const folder = folderWith({ 'kept.day-1.json': text });
    symlinkSync(join(elsewhere, 'baseline.day-1.json'), join(folder, 'baseline.day-1.json'));
    symlinkSync(join(folder, 'kept.day-1.json'), join(folder, 'alias.day-1.json'));
    expect(dayLogAnswer(folder, query('baseline', '1')).status).toBe(404);
    expect(dayLogAnswer(folder, query('alias', '1'))).toMatchObject({ status: 200, body: text });
  });

  it("dayLogAnswer never plays a day back under another day's number (a log renamed or copied): 422 saying which day it holds", () => {
    const folder = folderWith({ 'baseline.day-5.json': text });
    expect(dayLogAnswer(folder, query('baseline', '5'))).toMatchObject({
      status: 422,
      body: expect.stringMatching(/baseline\.day-5\.json holds day 1, not day 5/),
    });
  });

  it('dayLogAnswer answers 400 to a bad scenario or day, 404 to a missing day, 422 to a file that is not a day log', () => {
    const folder = folderWith({ 'baseline.day-1.json': '{"format": "fulfill-day-log"}', 'b.day-2.json': '{"form' });
    mkdirSync(join(folder, 'c.day-3.json'));
    expect(dayLogAnswer(folder, query('../etc/passwd', '1')).status).toBe(400);
    expect(dayLogAnswer(folder, query('.hidden', '1')).status).toBe(400);
    expect(dayLogAnswer(folder, query('baseline', '-1')).status).toBe(400);
    expect(dayLogAnswer(folder, query('baseline', '1e3')).status).toBe(400);
    expect(dayLogAnswer(folder, new URLSearchParams()).status).toBe(400);
    expect(dayLogAnswer(folder, query('baseline', '9')).status).toBe(404);
    expect(dayLogAnswer(folder, query('c', '3')).status).toBe(404);
    expect(dayLogAnswer(folder, query('baseline', '1'))).toMatchObject({
      status: 422,
      body: expect.stringMatching(/not a day log.*at version/),
    });
    expect(dayLogAnswer(folder, query('b', '2'))).toMatchObject({ status: 422, body: expect.stringMatching(/not valid JSON/) });
  });

  it('dayLogAnswer answers a mutated day log with 200 or 422, never an exception', () => {
    const small = JSON.stringify({
      ...log,
      tours: log.tours.slice(0, 3),
      arrivals: { time: log.arrivals.time.slice(0, 5), channel: log.arrivals.channel.slice(0, 5) },
    });
    const folder = folderWith({});
    fc.assert(
      fc.property(fc.nat(small.length - 1), fc.nat(small.length), fc.string({ maxLength: 8 }), (at, length, insert) => {
        writeFileSync(join(folder, 'm.day-1.json'), small.slice(0, at) + insert + small.slice(Math.min(small.length, at + (length % 12))));
        const answer = dayLogAnswer(folder, query('m', '1'));
        expect([200, 422]).toContain(answer.status);
        if (answer.status === 422) expect(JSON.parse(answer.body as string).error).toMatch(/^m\.day-1\.json (is not|holds day)/);
      }),
      { numRuns: 200 },
    );
  });
});
