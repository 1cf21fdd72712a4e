import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.js';
import { serveDashboard, type DashboardServer } from '../../engine/io/dashboardServer.js';
import { seriousViolations } from '../helpers/axe.js';
import { launchChromium, WatchedPages } from '../helpers/chromium.js';

const SCREENSHOTS = 'test/e2e/screenshots';

let browser: Browser;
let server: DashboardServer;
let emptyServer: DashboardServer;
/** The pages the running test opened, with what went wrong in each. */
const watched = new WatchedPages();

beforeAll(async () => {
  const results = join(mkdtempSync(join(tmpdir(), 'fulfill-playback-')), 'results');
  const quiet = { stdout: () => undefined, stderr: () => undefined, interactive: false };
  // The bundled baseline's volume: day 16 lies after its 14-day warm-up.
  const code = await main(
    ['run', 'scenarios/baseline.json', '--reps', '1', '--horizon', '17d', '--record-day', '16', '--out', results],
    quiet,
  );
  expect(code).toBe(0);
  server = await serveDashboard(results, 0, { log: () => undefined });
  const empty = join(mkdtempSync(join(tmpdir(), 'fulfill-playback-empty-')), 'results');
  mkdirSync(empty);
  emptyServer = await serveDashboard(empty, 0, { log: () => undefined });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await emptyServer?.close();
});

afterEach(async () => {
  expect(await watched.closeAll()).toEqual([]);
});

/** The playback page of `url` at a viewport `width` px wide, every console error and failed request kept. */
async function openPlayback(url: string, width = 1440): Promise<Page> {
  const page = await watched.open(browser, width);
  await page.goto(`${url}#/playback`);
  return page;
}

const probe = (page: Page) =>
  page.evaluate(() => {
    const playback = window.__playback;
    if (playback === undefined) throw new Error('no playback on the page');
    return {
      time: playback.time(),
      frames: playback.frames(),
      drawn: playback.drawMilliseconds(),
      pickers: playback.pickers(),
      playing: playback.playing(),
    };
  });

describe('playback page', () => {
  it('playback plays the recorded day: the clock advances, pickers move, at least 30 frames per second', async () => {
    const page = await openPlayback(server.url);
    await page.waitForSelector('.playback-canvas');
    await expect(page.textContent('.playback-clock')).resolves.toBe('Wed 00:00:00');
    // From 09:00, when every picker is on shift, at the fastest speed.
    await page.fill('.playback-scrubber input', '32400');
    await page.selectOption('.playback-controls select', '3600');
    const before = await probe(page);
    expect(before.pickers.length).toBeGreaterThan(0);
    await page.click('.playback-controls button');
    await page.waitForTimeout(500);
    const started = await probe(page);
    await page.waitForTimeout(3000);
    const after = await probe(page);
    const fps = (after.frames - started.frames) / 3;
    const drawing = (after.drawn - started.drawn) / Math.max(1, after.frames - started.frames);
    console.log(
      `playback: ${fps.toFixed(1)} frames per second over 3 s at the baseline's volume, ${drawing.toFixed(2)} ms drawing a frame`,
    );
    expect(after.playing).toBe(true);
    expect(after.time).toBeGreaterThan(started.time + 3600);
    expect(await page.textContent('.playback-clock')).not.toBe('Wed 09:00:00');
    const positions = (sample: typeof before) =>
      sample.pickers.map((picker) => `${picker.zone}/${picker.picker}@${picker.x.toFixed(2)},${picker.y.toFixed(2)}`).join(' ');
    expect(positions(after)).not.toBe(positions(started));
    expect(fps).toBeGreaterThanOrEqual(30);
    await page.click('.playback-controls button');
    expect((await probe(page)).playing).toBe(false);
    await page.screenshot({ path: join(SCREENSHOTS, 'playback-1440.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.textContent('.playback-summary')).toMatch(
      /orders placed since midnight \(web [\d,]+, marketplace [\d,]+, b2b [\d,]+\)/,
    );
  });

  it('playback seeks anywhere at once and stops its animation when the page is left', async () => {
    const page = await openPlayback(server.url, 390);
    await page.waitForSelector('.playback-canvas');
    await page.fill('.playback-scrubber input', '61200');
    await expect(page.textContent('.playback-clock')).resolves.toBe('Wed 17:00:00');
    expect(await page.textContent('.playback-summary')).toMatch(/parcels gone \(.*\d/);
    await page.screenshot({ path: join(SCREENSHOTS, 'playback-390.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('.playback-controls button');
    await page.evaluate(() => (location.hash = '#/'));
    await page.waitForFunction(() => window.__playback === undefined);
    expect(await page.getAttribute('body', 'data-page')).toBe('summary');
  });

  it('playback says in words how to record a day when the folder has none', async () => {
    const page = await openPlayback(emptyServer.url);
    await page.waitForFunction(() => document.querySelector('main#page [role="status"]')?.textContent?.includes('record-day') === true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
