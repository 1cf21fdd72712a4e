import type { JsonPath } from '../../../engine/index.js';
import { getAt, pathKey, setAt } from './jsonPath.js';
import { helpText, type Reader } from './formFields.js';
import { type SchemaNode, variantsOf } from './schemaNode.js';

/** Builds the form for one schema node (the form generator, passed in to recurse). */
export type BuildField = (node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]) => HTMLElement;

/** The key telling a union's variants apart (`dist` for distributions, `type` for replenishment policies), or undefined. */
export function discriminatorOf(node: SchemaNode): string | undefined {
  const variants = variantsOf(node);
  const keys = Object.keys(variants[0]?.properties ?? {});
  return keys.find((key) => variants.filter((variant) => variant.properties?.[key]?.const !== undefined).length >= 2);
}

const PICKER_LABELS: Record<string, string> = { dist: 'distribution family', type: 'policy type' };

/**
 * A union told apart by a key (a distribution, a replenishment policy): a picker of the variants
 * the schema allows and one field per parameter of the chosen variant. Switching keeps the
 * parameters both variants share; a field the scenario leaves unset offers "not set" (its default).
 */
export function unionField(
  node: SchemaNode,
  key: string,
  path: JsonPath,
  value: unknown,
  readers: Reader[],
  build: BuildField,
): HTMLElement {
  const variants = variantsOf(node).filter((variant) => variant.properties?.[key]?.const !== undefined);
  const group = document.createElement('fieldset');
  group.className = 'union';
  group.dataset.path = pathKey(path);
  const legend = document.createElement('legend');
  legend.textContent = String(path[path.length - 1]);
  const help = document.createElement('small');
  help.textContent = helpText(node);
  const error = document.createElement('span');
  error.className = 'error';
  const picker = document.createElement('select');
  if (value === undefined) picker.append(new Option('not set', ''));
  for (const variant of variants) {
    const name = String(variant.properties?.[key]?.const);
    picker.append(new Option(name, name));
  }
  const pickerLabel = document.createElement('label');
  pickerLabel.className = 'field';
  pickerLabel.append(PICKER_LABELS[key] ?? key, picker);
  const parameters = document.createElement('div');
  parameters.className = 'parameters';
  group.append(legend, help, error, pickerLabel, parameters);

  let inner: Reader[] = [];
  const show = (current: unknown): void => {
    inner = [];
    const chosen = variants.find((variant) => variant.properties?.[key]?.const === picker.value);
    const fields = Object.entries(chosen?.properties ?? {}).filter(([name]) => name !== key);
    parameters.replaceChildren(...fields.map(([name, child]) => build(child, [...path, name], getAt(current, [name]), inner)));
  };
  const tag = getAt(value, [key]);
  picker.value = typeof tag === 'string' ? tag : '';
  show(value);
  picker.addEventListener('change', () => {
    // Read what is typed now, so a shared parameter (min, max, mean) survives the switch.
    const typed: Record<string, unknown> = {};
    for (const read of inner) read(typed);
    show(getAt(typed, path));
  });
  readers.push((into) => {
    if (picker.value === '') return;
    const parameterValues: Record<string, unknown> = {};
    for (const read of inner) read(parameterValues);
    const own = getAt(parameterValues, path);
    const tagged = { [key]: picker.value, ...(typeof own === 'object' && own !== null ? own : {}) };
    setAt(into, path, tagged);
  });
  return group;
}
