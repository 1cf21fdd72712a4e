import { policyTable } from '../../policies/policyTable.js';
import { scenarioJsonSchema } from '../../policies/scenarioJsonSchema.js';
import { scenarioReference } from '../../scenario/scenarioReference.js';
import { UsageError, type CliIo } from '../CliIo.js';
import { defineCommand, type CommandInput, type FlagTable } from '../commandDefinition.js';

/** The flags of `fulfill schema`. */
const SCHEMA_FLAGS = {
  markdown: { type: 'boolean', description: "print the README's field reference (Markdown) instead of the JSON Schema" },
  policies: { type: 'boolean', description: "print the README's table of policy families and built-ins (Markdown) instead" },
} as const satisfies FlagTable;

/** `fulfill schema`: the scenario format. */
export const SCHEMA_COMMAND = defineCommand({
  name: 'schema',
  operands: {},
  summary: 'print the scenario JSON Schema (or the field reference, or the policy table, as Markdown)',
  flags: SCHEMA_FLAGS,
  action: schemaCommand,
});

/** `fulfill schema [--markdown | --policies]`: the scenario JSON Schema, the README's field reference, or its policy table. */
export function schemaCommand(input: CommandInput<typeof SCHEMA_FLAGS>, io: CliIo): number {
  const { values } = input;
  if (values.markdown === true && values.policies === true) throw new UsageError('schema: give --markdown or --policies, not both');
  if (values.markdown === true) io.stdout(scenarioReference(scenarioJsonSchema()));
  else if (values.policies === true) io.stdout(policyTable());
  else io.stdout(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  return 0;
}
