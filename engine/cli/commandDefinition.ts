import type { CliIo } from './CliIo.js';

/** One flag of a command: how it is written, what it means (one line) and whether it repeats. */
export interface FlagDefinition {
  readonly type: 'string' | 'boolean';
  /** The value's placeholder in the usage text (`N`, `DIR`); string flags only. */
  readonly value?: string;
  /** One line for the usage text (and the README). */
  readonly description: string;
  /** Repeatable: every occurrence is kept, in order. */
  readonly multiple?: boolean;
  /** The only values accepted; anything else is a usage error listing them. */
  readonly choices?: readonly string[];
}

/** A command's flags by long name (without the dashes). */
export type FlagTable = Readonly<Record<string, FlagDefinition>>;

type FlagValue<Flag extends FlagDefinition> = Flag['type'] extends 'boolean'
  ? boolean
  : Flag extends { readonly multiple: true }
    ? string[]
    : string;

/** The values given on the command line, by flag name; absent flags are undefined. */
export type FlagValues<Flags extends FlagTable> = { -readonly [Name in keyof Flags]?: FlagValue<Flags[Name]> | undefined };

/** What a command receives: its flag values, its operands, and the raw arguments (for manifests). */
export interface CommandInput<Flags extends FlagTable> {
  readonly values: FlagValues<Flags>;
  readonly positionals: readonly string[];
  readonly args: readonly string[];
}

/**
 * The one place a command declares its name, operands, flags and descriptions: the parser, the
 * usage text and the README check are all derived from it, so they cannot drift apart.
 */
export interface CommandDefinition<Flags extends FlagTable = FlagTable> {
  readonly name: string;
  /** Operands in commander syntax (`<scenario.json...>`, `[DIR]`) with a one-line description each. */
  readonly operands: Readonly<Record<string, string>>;
  /** One line for the overview. */
  readonly summary: string;
  readonly flags: Flags;
  /** Runs the command; a method, so definitions with different flags fit one list. */
  action(input: CommandInput<Flags>, io: CliIo): number | Promise<number>;
}

/** Declares a command, keeping the flag table's literal types for its action. */
export function defineCommand<const Flags extends FlagTable>(definition: CommandDefinition<Flags>): CommandDefinition<Flags> {
  return definition;
}
