import fc from 'fast-check';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../engine/cli/CliIo.js';
import { commanderCommand, flagValues } from '../../engine/cli/commanderCommand.js';
import { COMMANDS } from '../../engine/cli/main.js';
import { integerFlag } from '../../engine/cli/parseFlags.js';

const silent = { stdout: () => undefined, stderr: () => undefined };

/** Words a user (or a fuzzer) might type: real flags, near misses, numbers of every sign, odd strings. */
function words(flags: readonly string[]): fc.Arbitrary<string[]> {
  const word = fc.oneof(
    fc.constantFrom('--help', ...flags.map((flag) => `--${flag}`)),
    fc.constantFrom(...flags.map((flag) => `--${flag.slice(0, -1)}`), '--', '-', '-h', '--__proto__', '--constructor', 'toString'),
    fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
    fc.double({ noNaN: true }).map(String),
    fc.string({ maxLength: 8 }),
  );
  return fc.array(word, { maxLength: 8 });
}

describe('commanderCommand', () => {
  it.each(COMMANDS.map((definition) => [definition.name, definition] as const))(
    '%s: any words either parse into its own flags with the declared types, or give a usage error',
    (_, definition) => {
      fc.assert(
        fc.property(words(Object.keys(definition.flags)), (argv) => {
          const command = commanderCommand(definition, `fulfill ${definition.name}`, silent);
          try {
            command.parse(argv, { from: 'user' });
          } catch (error) {
            // Help (exit 0) or a usage error (exit 1, which main turns into 2); nothing else.
            expect(error).toBeInstanceOf(CommanderError);
            return;
          }
          for (const [name, value] of Object.entries(flagValues(definition.flags, command))) {
            const flag = definition.flags[name];
            expect(Object.hasOwn(definition.flags, name)).toBe(true);
            if (value === undefined || flag === undefined) continue;
            if (flag.type === 'boolean') expect(value).toBe(true);
            else if (flag.multiple === true) expect(Array.isArray(value) && value.every((item) => typeof item === 'string')).toBe(true);
            else expect(typeof value).toBe('string');
          }
        }),
        { numRuns: 200 },
      );
    },
  );
});

describe('integerFlag', () => {
  it('returns an integer within [min, max] equal to the text, or throws a UsageError naming the flag', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer().map(String), fc.string(), fc.double().map(String)),
        fc.integer({ min: -100, max: 100 }),
        fc.nat(1000),
        (text, min, span) => {
          try {
            const value = integerFlag('reps', text, min, min + span);
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(min);
            expect(value).toBeLessThanOrEqual(min + span);
            expect(value).toBe(Number(text));
          } catch (error) {
            expect(error).toBeInstanceOf(UsageError);
            expect((error as Error).message).toMatch(/^--reps: expected an integer from -?\d+ to -?\d+, got "/);
          }
        },
      ),
    );
  });
});
