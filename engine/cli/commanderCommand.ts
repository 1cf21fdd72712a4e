import { Command, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from './CliIo.js';
import type { CommandDefinition, FlagTable, FlagValues } from './commandDefinition.js';

/** commander's error text ("error: unknown option '--rep'\n(Did you mean --reps?)") as one line of ours. */
export function usageMessage(program: string, text: string, help = `${program} --help`): string {
  const body = text
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\(Did you mean (.*)\?\)$/, ' (did you mean $1?)')
    .replace(/\.$/, '');
  return `${program}: ${body}; see \`${help}\`\n`;
}

/** Sends commander's output to `io`, errors reworded as ours, and makes it throw instead of exiting. */
export function routeOutput(command: Command, program: string, io: Pick<CliIo, 'stdout' | 'stderr'>): Command {
  return command
    .exitOverride()
    .helpOption('-h, --help', 'print this usage and exit')
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.stdout(text),
      writeErr: (text) => io.stderr(text),
      outputError: (text, write) => write(usageMessage(program, text)),
    });
}

/** How a flag is written in commander syntax and shown in the usage text. */
function optionOf(name: string, flag: FlagTable[string]): Option {
  const option = new Option(flag.type === 'boolean' ? `--${name}` : `--${name} <VALUE>`, flag.description);
  if (flag.choices !== undefined) option.choices(flag.choices);
  if (flag.type === 'boolean') return option;
  // commander splits its flag syntax at commas and spaces, so a placeholder such as
  // `path=v1,v2,...` is set for display after the option is built.
  option.flags = `--${name} <${flag.value ?? 'VALUE'}>`;
  const choices = flag.choices;
  option.argParser((value: string, previous: string[] | string | undefined) => {
    // commander takes the next word as the value whatever it is: `--out --json` would make a
    // folder named "--json". A word that looks like a flag there means the value was forgotten.
    if (/^--[A-Za-z]/.test(value))
      throw new InvalidArgumentError(`expected ${flag.value ?? 'a value'}, not a flag (is the value missing?)`);
    if (choices !== undefined && !choices.includes(value)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return flag.multiple === true ? [...(Array.isArray(previous) ? previous : []), value] : value;
  });
  return option;
}

/** A commander command for `definition`, named `program` in its messages (e.g. "fulfill run"). */
export function commanderCommand(
  definition: Omit<CommandDefinition, 'action'>,
  program: string,
  io: Pick<CliIo, 'stdout' | 'stderr'>,
): Command {
  const command = routeOutput(new Command(definition.name), program, io).description(definition.summary);
  for (const [syntax, description] of Object.entries(definition.operands)) command.argument(syntax, description);
  for (const [name, flag] of Object.entries(definition.flags)) command.addOption(optionOf(name, flag));
  return command;
}

/** The parsed options of `command` keyed by the definition's flag names (commander camel-cases them). */
export function flagValues<Flags extends FlagTable>(flags: Flags, command: Command): FlagValues<Flags> {
  const options = command.opts<Record<string, unknown>>();
  const values: Record<string, unknown> = {};
  for (const option of command.options) {
    const name = option.long?.slice(2);
    if (name === undefined || !Object.hasOwn(flags, name)) continue;
    const value = options[option.attributeName()];
    // `--no-serve` is a negation to commander (serve: false); to the command it is a boolean flag.
    if (option.negate) values[name] = value === false ? true : undefined;
    else values[name] = value;
  }
  return values as FlagValues<Flags>;
}
