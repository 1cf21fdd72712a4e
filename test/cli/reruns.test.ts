import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reruns } from '../../engine/cli/reruns.js';
import { readScenario } from '../../engine/io/readScenario.js';
import { baselineFile } from '../helpers/scenarioFiles.js';

describe('reruns: a trace in flight', () => {
  it("removes its temporary file on the process's exit (a second Ctrl-C ends the process at once), and only while in flight", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fulfill-reruns-'));
    try {
      const loaded = await readScenario(baselineFile({ horizon: '30d', warmup: '1d' }, { folder: dir }));
      const controller = new AbortController();
      const again = reruns([loaded], 10_000, controller.signal);
      const before = process.listeners('exit');
      const trace = join(dir, 'trace.jsonl');
      const tracing = again.trace(trace, undefined, undefined).catch((error: unknown) => error);
      const partial = (): string[] => readdirSync(dir).filter((name) => name.startsWith('trace.jsonl.partial-'));
      await expect.poll(partial, { timeout: 60_000, interval: 20 }).toHaveLength(1);
      const added = process.listeners('exit').filter((listener) => !before.includes(listener));
      expect(added).toHaveLength(1);
      // What process.exit(130) runs on a second Ctrl-C:
      (added[0] as (code: number) => void)(130);
      expect(partial()).toEqual([]);
      controller.abort();
      await tracing;
      await again.close();
      expect(process.listeners('exit').filter((listener) => !before.includes(listener))).toEqual([]);
      expect(existsSync(trace)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it("removes the temporary trace a killed run left (its process gone) when a trace to that file starts; a live process's stays", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fulfill-reruns-'));
    try {
      const loaded = await readScenario(baselineFile({ horizon: '3d', warmup: '1d' }, { folder: dir }));
      const dead = spawnSync('true').pid; // a process that has ended
      writeFileSync(join(dir, `trace.jsonl.partial-${dead}`), 'left by a killed run');
      writeFileSync(join(dir, `trace.jsonl.partial-${process.ppid}`), 'a live process is writing it');
      writeFileSync(join(dir, `other.jsonl.partial-${dead}`), 'not this trace: stays');
      const again = reruns([loaded], 10_000);
      await again.trace(join(dir, 'trace.jsonl'), undefined, undefined);
      await again.close();
      expect(readdirSync(dir).sort()).toEqual(
        ['other.jsonl.partial-' + dead, 'scenario.json', 'trace.jsonl', `trace.jsonl.partial-${process.ppid}`].sort(),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
