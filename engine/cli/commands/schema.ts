import { scenarioReference } from '../../scenario/scenarioReference.js';
import { scenarioSchema } from '../../scenario/schema/scenario.js';
import { z } from 'zod';
import type { CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';

/** The flags of `fulfill schema`. */
const SCHEMA_FLAGS = {
  markdown: { type: 'boolean', description: "print the README's field reference (Markdown) instead of the JSON Schema" },
} as const satisfies FlagTable;

/** `fulfill schema`: the scenario format. */
export const SCHEMA_COMMAND = defineCommand({
  name: 'schema',
  operands: {},
  summary: 'print the scenario JSON Schema (or the field reference, as Markdown)',
  flags: SCHEMA_FLAGS,
  action: schemaCommand,
});

/** `fulfill schema [--markdown]`: the scenario JSON Schema, or the README's field reference. */
export function schemaCommand(input: CommandInput<typeof SCHEMA_FLAGS>, io: CliIo): number {
  const { values } = input;
  if (values.markdown === true) io.stdout(scenarioReference());
  else io.stdout(`${JSON.stringify(z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`);
  return 0;
}
