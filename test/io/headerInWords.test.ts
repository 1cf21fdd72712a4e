import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headerInWords } from '../../engine/io/headerInWords.js';
import { readOrderHistory } from '../../engine/io/readOrderHistory.js';
import { readSkuMaster } from '../../engine/io/readSkuMaster.js';

const MASTER = ['sku', 'description', 'unitPrice', 'unitWeightKg'];

describe('headerInWords', () => {
  it('names the known columns and the near misses, and only counts the rest', () => {
    expect(headerInWords(['SKU', 'unit_price', 'Unit Weight (kg)', 'colour'], MASTER)).toBe(
      'the header has 4 columns: known: sku; "unit_price" (did you mean unitPrice?); "Unit Weight (kg)" (did you mean unitWeightKg?); 1 other not repeated, in case the file is not the CSV meant',
    );
    expect(headerInWords(['unitPrise'], MASTER)).toBe('the header has 1 column: "unitPrise" (did you mean unitPrice?)');
    // Two edits are a misspelling only of names long enough to tell apart: "qty" is not "sku".
    expect(headerInWords(['qty'], MASTER)).toBe('the header has 1 column: 1 other not repeated, in case the file is not the CSV meant');
  });

  it('never repeats a cell that is not within two edits of a known name (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^[A-Za-z0-9=:$_-]{12,40}$/), fc.string({ unit: 'grapheme', minLength: 12, maxLength: 40 })), {
          maxLength: 6,
        }),
        (cells) => {
          const words = headerInWords(cells, MASTER);
          for (const cell of cells) if (!words.includes(`"${cell}" (did you mean`)) expect(words).not.toContain(cell);
        },
      ),
    );
  });

  it('keeps what a file named by mistake holds out of the message (an environment, a .env file)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fulfill-header-'));
    const secret = 'SECRET_TOKEN=hunter2-secret';
    const failure = (reading: Promise<unknown>): Promise<string> =>
      reading.then(
        () => '',
        (error: Error) => error.message,
      );
    const dotEnv = join(folder, '.env');
    writeFileSync(dotEnv, `${secret}\nHOME=/root\n`);
    const master = await failure(readSkuMaster(dotEnv, '.env'));
    expect(master).toMatch(/^\.env:1: .*missing sku, unitPrice, unitWeightKg \(the header has 1 column: 1 other not repeated/);
    expect(master).not.toContain('hunter2');
    const history = await failure(
      readOrderHistory({ file: dotEnv, display: '.env', channels: ['web'], scenarioChannels: ['web'], services: [] }),
    );
    expect(history).toMatch(/^\.env:1: /);
    expect(history).not.toContain('hunter2');
    // /proc/self/environ separates its entries with NUL, as a UTF-16 file read as UTF-8 seems to.
    const environ = join(folder, 'environ');
    writeFileSync(environ, `IS_SANDBOX=yes\0${secret}\0`);
    const nul = await failure(readSkuMaster(environ, 'environ'));
    expect(nul).toMatch(
      /1 other not repeated, in case the file is not the CSV meant; NUL characters in it suggest a UTF-16 file: save it as UTF-8\)$/,
    );
    expect(nul).not.toContain('hunter2');
    // A cell holding a known name among other text is not a misspelling of it.
    const among = join(folder, 'among.csv');
    writeFileSync(among, 'channel: пароль-сезам,service=€¥£,sku\n');
    const words = await failure(
      readOrderHistory({ file: among, display: 'among.csv', channels: ['web'], scenarioChannels: ['web'], services: [] }),
    );
    expect(words).not.toMatch(/пароль|€/);
  });
});
