/** The parts of a JSON Schema node the field reference reads. */
export interface JsonSchemaNode {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  additionalProperties?: JsonSchemaNode | boolean;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  required?: string[];
  /** Marks a policy field's name variant: its names are the family's built-ins (listed under Policies, not here). */
  'x-policy-family'?: string;
}

const variantsOf = (node: JsonSchemaNode): JsonSchemaNode[] => node.anyOf ?? node.oneOf ?? [];

function distributionKind(node: JsonSchemaNode): string | undefined {
  const variants = variantsOf(node);
  const names = variants.map((variant) => variant.properties?.dist?.const).filter((name) => typeof name === 'string');
  if (names.length === 0 || names.length !== variants.length) return undefined;
  if (names.includes('zipf')) return 'popularity law: `zipf` or `empirical` (see Distributions)';
  if (names.includes('poisson')) return 'count distribution: `constant`, `poisson`, `empirical`';
  const mean = variants.find((variant) => variant.properties?.dist?.const === 'exponential')?.properties?.mean;
  return mean?.type === 'string' ? 'duration distribution (see Distributions)' : 'amount distribution (see Distributions)';
}

function range(node: JsonSchemaNode): string {
  const parts: string[] = [];
  if (node.minimum !== undefined) parts.push(`>= ${node.minimum}`);
  if (node.exclusiveMinimum !== undefined) parts.push(`> ${node.exclusiveMinimum}`);
  if (node.maximum !== undefined && node.maximum < 1e15) parts.push(`<= ${node.maximum}`);
  if (node.exclusiveMaximum !== undefined) parts.push(`< ${node.exclusiveMaximum}`);
  return parts.length > 0 ? ` ${parts.join(', ')}` : '';
}

/** A user's policy module `{module, options}` (see Plugins in the README). */
const isPluginReference = (node: JsonSchemaNode): boolean => node.type === 'object' && node.properties?.module !== undefined;
const PLUGIN = 'plugin `{module, options}`';

function typeOf(node: JsonSchemaNode): string {
  const distribution = distributionKind(node);
  if (distribution !== undefined) return distribution;
  if (isPluginReference(node)) return PLUGIN;
  if (node['x-policy-family'] !== undefined) return `built-in \`${node['x-policy-family']}\` policy name (see Policies)`;
  const typed = typedVariants(node);
  if (typed.length > 0)
    return `object chosen by \`type\` (${typed.map((variant) => `\`${JSON.stringify(variant.properties?.type?.const)}\``).join(', ')})${pluginToo(node)}`;
  const variants = variantsOf(node);
  if (variants.length > 0) return variants.map(typeOf).join(' or ');
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum !== undefined) return `one of ${node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(', ')}`;
  if (node.pattern?.includes('(s|m|h|d|w)') === true) return 'duration';
  if (node.pattern?.includes('[01]') === true) return 'clock time `HH:MM`';
  if (node.type === 'integer') return `integer${range(node)}`;
  if (node.type === 'number') return `number${range(node)}`;
  if (node.type === 'array' && node.items !== undefined) {
    const size = node.minItems !== undefined && node.minItems === node.maxItems ? ` of ${node.minItems}` : '';
    return `list${size} of ${typeOf(node.items)}`;
  }
  if (node.type === 'object' && typeof node.additionalProperties === 'object') return `map of name to ${typeOf(node.additionalProperties)}`;
  if (node.type === 'object') return 'object';
  return String(node.type ?? 'any');
}

function isSection(node: JsonSchemaNode): boolean {
  return node.type === 'object' && node.properties !== undefined && distributionKind(node) === undefined;
}

/** Variants of a union told apart by a `type` constant (e.g. replenishment policies), beside which a plugin may stand. */
function typedVariants(node: JsonSchemaNode): JsonSchemaNode[] {
  const variants = variantsOf(node).filter((variant) => !isPluginReference(variant));
  return variants.length > 0 && variants.every((variant) => typeof variant.properties?.type?.const === 'string') ? variants : [];
}

/** ", or a plugin ..." when a union also takes a user's module. */
const pluginToo = (node: JsonSchemaNode): string => (variantsOf(node).some(isPluginReference) ? `, or a ${PLUGIN}` : '');

function rows(node: JsonSchemaNode, path: string, out: string[], expanded = new Map<string, string>()): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (isSection(child)) {
      rows(child, childPath, out, expanded);
      continue;
    }
    const variants = typedVariants(child);
    if (variants.length > 0) {
      const names = variants.map((variant) => `\`${JSON.stringify(variant.properties?.type?.const)}\``).join(', ');
      const shown = child.default === undefined ? 'unset' : `\`${JSON.stringify(child.default)}\``;
      // A union listed before (the same policy family elsewhere) is not expanded again.
      const first = expanded.get(names);
      const fields = first === undefined ? '' : ` (fields as under \`${first}\`)`;
      out.push(
        `| \`${childPath}\` | object chosen by \`type\`: ${names}${fields}${pluginToo(child)} | ${shown} | ${child.description ?? ''} |`,
      );
      if (first !== undefined) continue;
      expanded.set(names, childPath);
      for (const variant of variants) {
        const tag = JSON.stringify(variant.properties?.type?.const);
        const { type: _type, ...fields } = variant.properties ?? {};
        rows({ properties: fields, required: variant.required ?? [] }, `${childPath}{type=${tag}}`, out, expanded);
      }
      continue;
    }
    const fallback =
      child.default !== undefined ? `\`${JSON.stringify(child.default)}\`` : (node.required ?? []).includes(key) ? 'required' : 'unset';
    const shortDefault = fallback.length > 60 ? 'see baseline' : fallback;
    out.push(`| \`${childPath}\` | ${typeOf(child)} | ${shortDefault} | ${child.description ?? ''} |`);
    const element =
      child.type === 'array' ? child.items : typeof child.additionalProperties === 'object' ? child.additionalProperties : undefined;
    if (element !== undefined && isSection(element))
      rows(element, `${childPath}${child.type === 'array' ? '[]' : '.<name>'}`, out, expanded);
  }
}

/**
 * The scenario field reference (a Markdown table), generated from the scenario's JSON Schema
 * (with the policy names filled in: engine/policies/scenarioJsonSchema.ts) so the README cannot drift.
 */
export function scenarioReference(root: JsonSchemaNode): string {
  const out = ['| field | type | default | meaning |', '| --- | --- | --- | --- |'];
  rows(root, '', out);
  return `${out.join('\n')}\n`;
}
