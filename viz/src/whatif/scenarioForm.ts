import type { InputProblem, JsonPath } from '../../../engine/index.js';
import { getAt, pathKey, setAt } from './jsonPath.js';

/** The parts of JSON Schema the form generator reads. */
interface SchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  additionalProperties?: SchemaNode | boolean;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
}

/** A generated scenario form: read its values, show validation problems next to their fields. */
export interface ScenarioForm {
  read(): Record<string, unknown>;
  showProblems(problems: readonly InputProblem[]): void;
}

type Reader = (into: Record<string, unknown>) => void;

/** A group's title: its key, or for a list item `list[i]: name`. */
function legendFor(path: JsonPath, value: unknown): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'scenario';
  if (typeof last !== 'number') return last;
  const name = getAt(value, ['name']);
  return `${String(path[path.length - 2])}[${last}]${typeof name === 'string' ? `: ${name}` : ''}`;
}

/** A field's help text: its description (with its unit) and its default. */
function helpText(node: SchemaNode, suffix = ''): string {
  const fallback = node.default === undefined ? '' : ` [default ${JSON.stringify(node.default)}]`;
  return `${node.description ?? ''}${suffix}${fallback.length > 60 ? '' : fallback}`;
}

function fieldRow(label: string, description: string | undefined, input: HTMLElement, path: JsonPath): HTMLElement {
  const row = document.createElement('div');
  row.className = 'field';
  row.dataset.path = pathKey(path);
  const name = document.createElement('label');
  name.textContent = label;
  name.append(input);
  const help = document.createElement('small');
  help.textContent = description ?? '';
  const error = document.createElement('span');
  error.className = 'error';
  row.append(name, help, error);
  return row;
}

/** A JSON text area for unions, maps and lists of numbers: edited as JSON, checked on read. */
function jsonField(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  const area = document.createElement('textarea');
  area.rows = 1;
  area.value = value === undefined ? '' : JSON.stringify(value);
  area.spellcheck = false;
  readers.push((into) => {
    const text = area.value.trim();
    if (text === '') return;
    try {
      setAt(into, path, JSON.parse(text));
    } catch {
      setAt(into, path, { invalidJson: text });
    }
  });
  return fieldRow(String(path[path.length - 1]), helpText(node, ' (JSON)'), area, path);
}

/** A value as an input box shows it; a value of the wrong type (from a loaded file) as JSON rather than "[object Object]". */
function inputText(value: unknown): string {
  return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

function scalarField(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  if (node.enum !== undefined) {
    const select = document.createElement('select');
    for (const option of node.enum) select.append(new Option(String(option), JSON.stringify(option)));
    select.value = JSON.stringify(value ?? node.enum[0]);
    readers.push((into) => setAt(into, path, JSON.parse(select.value)));
    return fieldRow(String(path[path.length - 1]), helpText(node), select, path);
  }
  const input = document.createElement('input');
  if (node.type === 'boolean') {
    input.type = 'checkbox';
    input.checked = value === true;
    readers.push((into) => setAt(into, path, input.checked));
  } else if (node.type === 'number' || node.type === 'integer') {
    input.type = 'number';
    input.step = node.type === 'integer' ? '1' : 'any';
    if (node.minimum !== undefined) input.min = String(node.minimum);
    if (node.maximum !== undefined && node.maximum < 1e15) input.max = String(node.maximum);
    input.value = inputText(value);
    // An empty box means "not set"; text that is not a number is passed on for the validator to name.
    readers.push((into) => {
      if (input.value.trim() !== '') setAt(into, path, Number.isNaN(input.valueAsNumber) ? input.value : input.valueAsNumber);
    });
  } else {
    input.type = 'text';
    input.value = inputText(value);
    readers.push((into) => {
      if (input.value !== '') setAt(into, path, input.value);
    });
  }
  return fieldRow(String(path[path.length - 1]), helpText(node), input, path);
}

function build(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  if (node.type === 'object' && node.properties !== undefined && node.anyOf === undefined) {
    const fieldset = document.createElement('fieldset');
    fieldset.dataset.path = pathKey(path);
    const legend = document.createElement('legend');
    legend.textContent = legendFor(path, value);
    const error = document.createElement('span');
    error.className = 'error';
    fieldset.append(legend, error);
    for (const [key, child] of Object.entries(node.properties)) {
      if (key === 'extends') continue;
      fieldset.append(build(child, [...path, key], getAt(value, [key]), readers));
    }
    return fieldset;
  }
  if (node.type === 'array' && node.items?.type === 'object' && node.items.properties !== undefined && Array.isArray(value)) {
    const group = document.createElement('div');
    group.className = 'list';
    group.dataset.path = pathKey(path);
    const error = document.createElement('span');
    error.className = 'error';
    group.append(error);
    value.forEach((item, index) => group.append(build(node.items as SchemaNode, [...path, index], item, readers)));
    return group;
  }
  const isScalar = node.enum !== undefined || ['number', 'integer', 'string', 'boolean'].includes(node.type ?? '');
  return isScalar ? scalarField(node, path, value, readers) : jsonField(node, path, value, readers);
}

/** Builds a form for every field of the scenario schema, filled with `value`. */
export function buildScenarioForm(container: HTMLElement, schema: unknown, value: unknown): ScenarioForm {
  const readers: Reader[] = [];
  const root = build(schema as SchemaNode, [], value, readers);
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
