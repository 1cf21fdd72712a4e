import { scenarioReference } from '../../scenario/scenarioReference.js';
import { scenarioSchema } from '../../scenario/schema/scenario.js';
import { z } from 'zod';
import type { CliIo } from '../CliIo.js';
import { parseFlags } from '../parseFlags.js';

/** `fulfill schema [--markdown]`: the scenario JSON Schema, or the README's field reference. */
export function schemaCommand(args: readonly string[], io: CliIo): number {
  const { values } = parseFlags(args, { markdown: { type: 'boolean' } });
  if (values.markdown === true) io.stdout(scenarioReference());
  else io.stdout(`${JSON.stringify(z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`);
  return 0;
}
