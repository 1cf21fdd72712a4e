import { policyFamily, policyLabel, type PolicyFamilyName, type PolicyReference } from '../../../engine/index.js';
import { getAt, setAt } from './jsonPath.js';
import type { ChoiceLever, LeverGroup, LeverOption, ScenarioJson } from './Lever.js';
import { schemaAt, type SchemaNode, variantsOf } from './schemaNode.js';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How a lever names the policy a scenario holds: a built-in's name (or `type`), or "plugin:" and the module's file name. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value) && (typeof value.type === 'string' || typeof value.module === 'string')) return policyLabel(value as PolicyReference);
  return undefined;
}

/** The schema's default of property `key` in any variant of `variants` (e.g. `reviewPeriod` of the forecast policy). */
const siblingDefault = (variants: readonly SchemaNode[], key: string): unknown =>
  variants.map((variant) => variant.properties?.[key]?.default).find((value) => value !== undefined);

/**
 * A built-in named by an object (`{"type": "RS", ...}`), completed so it validates: the fields the
 * previous policy shares with it are kept, and a required field without a default borrows the
 * default another variant gives the same field (RS's `reviewPeriod` from forecast's).
 */
function completed(named: Record<string, unknown>, previous: unknown, node: SchemaNode | undefined): Record<string, unknown> {
  const variants = node === undefined ? [] : variantsOf(node);
  const variant = variants.find((candidate) => Object.entries(named).every(([key, value]) => candidate.properties?.[key]?.const === value));
  const result = { ...named };
  for (const [key, property] of Object.entries(variant?.properties ?? {})) {
    if (key in result) continue;
    const kept = isObject(previous) ? previous[key] : undefined;
    if (kept !== undefined) result[key] = kept;
    else if (variant?.required?.includes(key) === true && property.default === undefined) result[key] = siblingDefault(variants, key);
  }
  return result;
}

/**
 * A select over the built-ins of policy `family` (from the registry, with their descriptions),
 * at the family's main scenario path; a baseline naming a plugin module keeps it as one more choice.
 */
export function policyLever(
  family: PolicyFamilyName,
  label: string,
  group: LeverGroup,
  schema: SchemaNode,
  baseline: ScenarioJson,
): ChoiceLever {
  const descriptor = policyFamily(family);
  const path = descriptor.paths[0] ?? [];
  const node = schemaAt(schema, path);
  const read = (scenario: ScenarioJson): string | undefined => nameOf(getAt(scenario, path) ?? node?.default);
  const options: LeverOption[] = descriptor.builtIns.map((builtIn) => ({
    value: builtIn.name,
    label: builtIn.name,
    description: builtIn.description,
  }));
  const own = read(baseline);
  if (own !== undefined && !options.some((option) => option.value === own))
    options.push({ value: own, label: `your module (${own})`, description: "the baseline's own policy module" });
  return {
    kind: 'choice',
    id: family,
    label,
    // The summary is written for the README (Markdown): its code marks are dropped here.
    explanation: `Decides ${descriptor.summary.replaceAll('`', '')}.`,
    group,
    options,
    paths: () => [path],
    read,
    write(scenario, value) {
      if (!descriptor.builtIns.some((builtIn) => builtIn.name === value)) {
        setAt(scenario, path, structuredClone(getAt(baseline, path)));
        return;
      }
      const named = descriptor.named(value);
      setAt(scenario, path, isObject(named) ? completed(named, getAt(scenario, path), node) : named);
    },
  };
}
