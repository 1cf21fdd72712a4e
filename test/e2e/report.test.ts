import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { KPI_NAMES } from '../../engine/kpi/definitions.js';
import { seriousViolations } from '../helpers/axe.js';
import { launchChromium } from '../helpers/chromium.js';

const SCREENSHOTS = 'test/e2e/screenshots';

let results: string;
let browser: Browser;

/** Runs the CLI in this process, its output collected. */
async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main([...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), interactive: false });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  results = join(mkdtempSync(join(tmpdir(), 'fulfill-report-')), 'results');
  const run = await cli([
    'run',
    'scenarios/baseline.json',
    'scenarios/what-if-automation.json',
    '--reps',
    '3',
    '--horizon',
    '21d',
    '--seed',
    '7',
    '--out',
    results,
  ]);
  expect(run.code).toBe(0);
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a report from file:// and records every request other than file: and data:, and every console error. */
async function openReport(file: string, width: number): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!/^(file|data):/.test(request.url())) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return { page, requests, problems };
}

describe('fulfill report (headless Chromium)', () => {
  it('report: the file opens from file:// with its sentences, tables and charts, with no request and no console error', async () => {
    const out = join(results, '..', 'report.html');
    const written = await cli(['report', results, '--out', out]);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(written.stdout).toMatch(/^Report: .*report\.html \(2 scenarios, \d+ KB\)/);
    // A report is meant to be sent: it names the results folder, not where this machine keeps it.
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain(resolve(results));
    expect(html).toContain(`"folder":"${basename(results)}"`);
    for (const width of [1440, 390]) {
      const { page, requests, problems } = await openReport(out, width);
      const sentences = await page.locator('#summary .sentences li').allTextContents();
      expect(sentences.length).toBeGreaterThan(0);
      expect(sentences[0]).toMatch(/^what-if-automation (cuts|raises|lowers|makes) .*\(95% CI /);
      expect(await page.locator('#summary h3').textContent()).toBe('what-if-automation against baseline');
      expect(await page.locator('#summary table tbody tr').count()).toBe(6);
      expect(await page.locator('#comparison table tbody tr').count()).toBe(KPI_NAMES.length);
      expect(await page.locator('#comparison g.paired-row').count()).toBe(KPI_NAMES.length);
      expect(await page.locator('#journey rect.journey-bar').count()).toBe(2 * 9);
      expect(await page.locator('#distributions rect.histogram-bar').count()).toBe(2 * 84);
      expect(await page.locator('#series svg path').count()).toBeGreaterThanOrEqual(4);
      // Words, not identifiers: no camelCase KPI name anywhere in the page's text.
      const text = await page.locator('body').innerText();
      for (const kpi of KPI_NAMES.filter((name) => /[A-Z]/.test(name))) expect(text).not.toContain(kpi);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `report-${width}.png`), fullPage: true });
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it("report: money in the scenario's currency and the headline KPIs against its targets, in words", async () => {
    const folder = join(results, '..', 'currency-and-targets');
    mkdirSync(folder, { recursive: true });
    const read = (name: string): Record<string, unknown> =>
      JSON.parse(readFileSync(join(results, `${name}.json`), 'utf8')) as Record<string, unknown>;
    // On-time about 97% (off a 99.9% target), cost per order about 25 (on a target of at most 100).
    const targets = { onTimeRate: { green: 0.999, amber: 0.99 }, costPerOrder: { green: 100, amber: 200 } };
    writeFileSync(join(folder, 'baseline.json'), JSON.stringify({ ...read('baseline'), currency: 'EUR', targets }));
    writeFileSync(join(folder, 'what-if-automation.json'), JSON.stringify({ ...read('what-if-automation'), currency: 'EUR' }));
    const out = join(folder, 'report.html');
    expect((await cli(['report', folder, '--out', out])).code).toBe(0);
    const { page, problems } = await openReport(out, 1440);
    const headline = async (label: string): Promise<string[]> =>
      page
        .locator('#summary table tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${label}`) }) })
        .locator('td')
        .allTextContents();
    const [cost, costWhatIf] = await headline('Cost per order');
    expect(cost).toMatch(/^€\d+\.\d\d \(on target\)$/);
    expect(costWhatIf).toMatch(/^€\d+\.\d\d$/);
    expect((await headline('On-time'))[0]).toMatch(/^\d+\.\d\d% \(off target\)$/);
    expect(await page.locator('#summary td.target-green').count()).toBe(1);
    expect(await page.locator('#summary td.target-red').count()).toBe(1);
    // The paired difference of a money KPI is in the currency both scenarios name.
    const comparison = await page
      .locator('#comparison table tbody tr', { has: page.locator('th', { hasText: /^Cost per order/ }) })
      .locator('td')
      .allTextContents();
    expect(comparison[1]).toMatch(/^€\d+\.\d\d \([+-]€\d+\.\d\d, /);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('report: a scenario named </script> stays text and the page still works', async () => {
    const folder = join(results, '..', 'hostile-name');
    mkdirSync(folder, { recursive: true });
    const document = JSON.parse(readFileSync(join(results, 'baseline.json'), 'utf8')) as { scenario: string };
    writeFileSync(join(folder, 'a.json'), JSON.stringify({ ...document, scenario: 'baseline' }));
    writeFileSync(join(folder, 'b.json'), JSON.stringify({ ...document, scenario: '</script><script>window.hacked=1</script>' }));
    const out = join(folder, 'report.html');
    expect((await cli(['report', folder, '--out', out])).code).toBe(0);
    const { page, problems } = await openReport(out, 1440);
    expect(await page.locator('#summary h3').textContent()).toBe('</script><script>window.hacked=1</script> against baseline');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('report: a mutated result file gives exit 0 (left out with a warning, or shown) or 2, never 1', async () => {
    const original = readFileSync(join(results, 'what-if-automation.json'), 'utf8');
    const folder = join(results, '..', 'mutated');
    mkdirSync(folder, { recursive: true });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: original.length - 1 }),
        fc.integer({ min: 1, max: 40 }),
        fc.string({ maxLength: 6 }),
        async (at, cut, insert) => {
          writeFileSync(join(folder, 'what-if.json'), original.slice(0, at) + insert + original.slice(at + cut));
          const { code } = await cli(['report', folder, '--out', join(folder, 'report.html')]);
          expect([0, 2]).toContain(code);
        },
      ),
      { numRuns: 40 },
    );
  });
});
