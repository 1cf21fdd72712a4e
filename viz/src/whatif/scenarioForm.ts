import type { InputProblem, JsonPath } from '../../../engine/index.js';
import {
  enumField,
  isScalarList,
  isScalarUnion,
  jsonField,
  type Reader,
  scalarField,
  scalarListField,
  scalarUnionField,
} from './formFields.js';
import { getAt, pathKey } from './jsonPath.js';
import { type SchemaNode, variantsOf } from './schemaNode.js';
import { discriminatorOf, unionField } from './unionField.js';

/** A generated scenario form: read its values, show validation problems next to their fields. */
export interface ScenarioForm {
  read(): Record<string, unknown>;
  showProblems(problems: readonly InputProblem[]): void;
}

/** A group's title: its key, or for a list item `list[i]: name`. */
function legendFor(path: JsonPath, value: unknown): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'scenario';
  if (typeof last !== 'number') return last;
  const name = getAt(value, ['name']);
  return `${String(path[path.length - 2])}[${last}]${typeof name === 'string' ? `: ${name}` : ''}`;
}

function objectGroup(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  const fieldset = document.createElement('fieldset');
  fieldset.dataset.path = pathKey(path);
  const legend = document.createElement('legend');
  legend.textContent = legendFor(path, value);
  const error = document.createElement('span');
  error.className = 'error';
  fieldset.append(legend, error);
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    if (key === 'extends') continue;
    fieldset.append(build(child, [...path, key], getAt(value, [key]), readers));
  }
  return fieldset;
}

/** A field for every kind of schema node; what has no better field is edited as JSON. */
function build(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  if (node.type === 'object' && node.properties !== undefined && node.anyOf === undefined) return objectGroup(node, path, value, readers);
  const items = node.items;
  if (node.type === 'array' && items?.type === 'object' && items.properties !== undefined && Array.isArray(value)) {
    const group = document.createElement('div');
    group.className = 'list';
    group.dataset.path = pathKey(path);
    const error = document.createElement('span');
    error.className = 'error';
    group.append(error);
    value.forEach((item, index) => group.append(build(items, [...path, index], item, readers)));
    return group;
  }
  // A distribution (or replenishment policy) the scenario holds as a known variant: a family picker.
  const key = discriminatorOf(node);
  const tag = getAt(value, [key ?? '']);
  const known = variantsOf(node).some((variant) => key !== undefined && variant.properties?.[key]?.const === tag);
  if (key !== undefined && (value === undefined || known)) return unionField(node, key, path, value, readers, build);
  // A policy named by a built-in's name (the schema lists them, from the registry): a select.
  const names = variantsOf(node).find((variant) => variant.type === 'string' && variant.enum !== undefined)?.enum;
  if (names !== undefined && (value === undefined || typeof value === 'string')) return enumField(node, names, path, value, readers);
  if (isScalarUnion(node)) return scalarUnionField(node, path, value, readers);
  if (isScalarList(node)) return scalarListField(node, path, value, readers);
  const isScalar = node.enum !== undefined || ['number', 'integer', 'string', 'boolean'].includes(node.type ?? '');
  return isScalar ? scalarField(node, path, value, readers) : jsonField(node, path, value, readers);
}

/** Builds a form for every field of the scenario schema, filled with `value`. */
export function buildScenarioForm(container: HTMLElement, schema: SchemaNode, value: unknown): ScenarioForm {
  const readers: Reader[] = [];
  const root = build(schema, [], value, readers);
  container.replaceChildren(root);
  return {
    read() {
      const result: Record<string, unknown> = {};
      for (const read of readers) read(result);
      return result;
    },
    showProblems(problems) {
      for (const error of container.querySelectorAll<HTMLElement>('.error')) error.textContent = '';
      for (const problem of problems) {
        // Show the message at the field itself, or at the nearest enclosing field or group.
        let target: HTMLElement | null = null;
        for (let length = problem.path.length; length >= 0 && target === null; length--) {
          target = container.querySelector<HTMLElement>(`[data-path="${CSS.escape(pathKey(problem.path.slice(0, length)))}"]`);
        }
        const slot = target?.querySelector<HTMLElement>(':scope > .error');
        if (slot) slot.textContent = `${slot.textContent ?? ''}${pathKey(problem.path)}: ${problem.message} `;
      }
    },
  };
}
