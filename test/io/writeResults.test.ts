import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChunksAtomic, writeChunksAtomicYielding } from '../../engine/io/writeResults.js';

const folder = mkdtempSync(join(tmpdir(), 'fulfill-write-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('writeChunksAtomicYielding', () => {
  it('writes the same file as writeChunksAtomic and lets other work run between pieces', async () => {
    const chunks = ['a,b\n', new TextEncoder().encode('1,2\n'), '3,4\n'];
    writeChunksAtomic(join(folder, 'sync.csv'), chunks);
    let ranBetween = 0;
    const tick = setInterval(() => ranBetween++, 0);
    const pieces = function* (): Generator<string | Uint8Array> {
      for (const chunk of chunks) yield chunk;
    };
    const writing = writeChunksAtomicYielding(join(folder, 'yielding.csv'), pieces());
    // Nothing is at the final path before the last piece is written.
    expect(readdirSync(folder)).not.toContain('yielding.csv');
    await writing;
    clearInterval(tick);
    expect(readFileSync(join(folder, 'yielding.csv'), 'utf8')).toBe(readFileSync(join(folder, 'sync.csv'), 'utf8'));
    expect(ranBetween).toBeGreaterThan(0);
  });

  it('leaves no file and no temporary behind when a piece fails', async () => {
    const failing = function* (): Generator<string> {
      yield 'a\n';
      throw new Error('no more');
    };
    await expect(writeChunksAtomicYielding(join(folder, 'failed.csv'), failing())).rejects.toThrow('no more');
    expect(readdirSync(folder).filter((name) => name.startsWith('failed'))).toEqual([]);
  });
});
