import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReportFolder } from '../../../engine/io/report/readReportFolder.js';
import { REPORT_DATA_ID, reportHtml, scriptSafeJson } from '../../../engine/io/report/reportHtml.js';
import { resultDocument } from '../../helpers/resultDocument.js';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'fulfill-report-folder-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

describe('readReportFolder', () => {
  it('readReportFolder: the baseline first, only the fields a report shows, other JSON left out', () => {
    const folder = folderWith({
      'a.json': JSON.stringify(resultDocument('a-what-if')),
      'z.json': JSON.stringify(resultDocument('baseline')),
      'manifest.json': JSON.stringify({ tool: 'fulfill', status: 'complete' }),
    });
    const { results, unreadable } = readReportFolder(folder);
    expect(results.map((result) => result.scenario)).toEqual(['baseline', 'a-what-if']);
    expect(results[0]).not.toHaveProperty('inventory');
    expect(unreadable).toEqual([]);
  });

  it('readReportFolder: a half-written file, a wrong field and a folder named .json are listed with why', () => {
    const wrong = resultDocument('broken');
    (wrong.kpis as Record<string, unknown>).onTimeRate = { mean: 'high', sd: null, ci95: null, values: [] };
    const folder = folderWith({
      'baseline.json': JSON.stringify(resultDocument('baseline')),
      'half.json': '{"scenario": "interr',
      'wrong.json': JSON.stringify(wrong),
      // A wrong type of the fields that make a result a result is named too, not dropped.
      'five.json': JSON.stringify({ ...resultDocument('x'), scenario: 5 }),
      'manifest.json': JSON.stringify({ status: 'complete', files: [] }),
    });
    mkdirSync(join(folder, 'odd.json'));
    const { results, unreadable } = readReportFolder(folder);
    expect(results).toHaveLength(1);
    expect(unreadable).toEqual([
      { file: 'five.json', reason: expect.stringMatching(/^\$\.scenario: /) as unknown },
      { file: 'half.json', reason: 'not valid JSON (half-written?)' },
      { file: 'odd.json', reason: 'not a regular file' },
      { file: 'wrong.json', reason: expect.stringMatching(/^\$\.kpis\.onTimeRate\.mean: /) as unknown },
    ]);
  });

  it("readReportFolder: keeps the scenario's currency and targets; an unknown currency or KPI is listed with why", () => {
    const targets = { onTimeRate: { green: 0.95, amber: 0.9 } };
    const folder = folderWith({
      'baseline.json': JSON.stringify({ ...resultDocument('baseline'), currency: 'EUR', targets }),
      'plain.json': JSON.stringify(resultDocument('plain')),
      'money.json': JSON.stringify({ ...resultDocument('money'), currency: 'XYZ' }),
      'target.json': JSON.stringify({ ...resultDocument('target'), targets: { speed: { green: 1, amber: 2 } } }),
    });
    const { results, unreadable } = readReportFolder(folder);
    expect(results.map((result) => [result.scenario, result.currency, result.targets])).toEqual([
      ['baseline', 'EUR', targets],
      ['plain', undefined, undefined],
    ]);
    expect(unreadable).toEqual([
      { file: 'money.json', reason: expect.stringMatching(/^\$\.currency: expected an ISO 4217 currency code/) as unknown },
      { file: 'target.json', reason: expect.stringMatching(/^\$\.targets/) as unknown },
    ]);
  });
});

describe('reportHtml', () => {
  const bundle = { script: 'document.body.dataset.ready = "true"; // </script> in a string', style: 'body { color: #000; }' };

  it('reportHtml: the data cannot close its script element, and the policy allows exactly the inline script and style', () => {
    const html = reportHtml(bundle, { folder: 'results', results: [], unreadable: [{ file: '</script>.json', reason: 'x' }] });
    const data = new RegExp(`<script type="application/json" id="${REPORT_DATA_ID}">(.*)</script>`).exec(html)?.[1] ?? '';
    expect(data).not.toContain('<');
    expect(JSON.parse(data)).toEqual({ folder: 'results', results: [], unreadable: [{ file: '</script>.json', reason: 'x' }] });
    const script = /<script>(.*)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toBe('document.body.dataset.ready = "true"; // <\\/script> in a string');
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(html).toContain(`style-src 'sha256-${hash(bundle.style)}'`);
    expect(html).toContain("default-src 'none'");
  });

  it('scriptSafeJson: escapes <, >, & and the line separators, and reads back the same', () => {
    const value = { name: '</script><!-- & \u2028\u2029' };
    const text = scriptSafeJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
