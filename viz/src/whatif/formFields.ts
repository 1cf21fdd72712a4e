import type { JsonPath } from '../../../engine/index.js';
import { pathKey, setAt } from './jsonPath.js';
import type { SchemaNode } from './schemaNode.js';
import { variantsOf } from './schemaNode.js';

/** Writes one field's value (when set) into the scenario being read. */
export type Reader = (into: Record<string, unknown>) => void;

/** A field's help text: its description and its default. */
export function helpText(node: SchemaNode, suffix = ''): string {
  const fallback = node.default === undefined ? '' : ` [default ${JSON.stringify(node.default)}]`;
  return `${node.description ?? ''}${suffix}${fallback.length > 60 ? '' : fallback}`;
}

/** One labelled field with its help line and the slot its validation messages go to. */
export function fieldRow(label: string, description: string | undefined, input: HTMLElement, path: JsonPath): HTMLElement {
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

const lastKey = (path: JsonPath): string => String(path[path.length - 1]);

/** A JSON text area for what has no better field (maps, plugin references): edited as JSON, checked on read. */
export function jsonField(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
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
  return fieldRow(lastKey(path), helpText(node, ' (JSON)'), area, path);
}

/** A value as an input box shows it; a value of the wrong type (from a loaded file) as JSON rather than "[object Object]". */
function inputText(value: unknown): string {
  return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

const isNumeric = (node: SchemaNode | undefined): boolean => node?.type === 'number' || node?.type === 'integer';

/** Text typed into a box as the scenario value: a number where the field takes one, else the text for the validator to name. */
function typed(text: string, numeric: boolean): unknown {
  const number = Number(text);
  return numeric && text.trim() !== '' && Number.isFinite(number) ? number : text;
}

/** A select over the field's allowed values; a field the scenario leaves unset offers "not set" (its default). */
export function enumField(node: SchemaNode, options: readonly unknown[], path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  const select = document.createElement('select');
  if (value === undefined)
    select.append(new Option(node.default === undefined ? 'not set' : `not set (${JSON.stringify(node.default)})`, ''));
  for (const option of options) select.append(new Option(String(option), JSON.stringify(option)));
  select.value = value === undefined ? '' : JSON.stringify(value);
  readers.push((into) => {
    if (select.value !== '') setAt(into, path, JSON.parse(select.value));
  });
  return fieldRow(lastKey(path), helpText(node), select, path);
}

/** A number, text or yes/no field. */
export function scalarField(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  if (node.enum !== undefined) return enumField(node, node.enum, path, value, readers);
  const input = document.createElement('input');
  if (node.type === 'boolean') {
    input.type = 'checkbox';
    const unsetAs = node.default === true;
    input.checked = typeof value === 'boolean' ? value : unsetAs;
    // An unset box stays unset until the user changes it, so the scenario keeps its default.
    readers.push((into) => {
      if (value !== undefined || input.checked !== unsetAs) setAt(into, path, input.checked);
    });
  } else {
    input.type = isNumeric(node) ? 'number' : 'text';
    if (isNumeric(node)) {
      input.step = node.type === 'integer' ? '1' : 'any';
      if (node.minimum !== undefined) input.min = String(node.minimum);
      if (node.maximum !== undefined && node.maximum < 1e15) input.max = String(node.maximum);
    }
    input.value = inputText(value);
    // An empty box means "not set"; text that is not a number is passed on for the validator to name.
    readers.push((into) => {
      if (input.value.trim() !== '') setAt(into, path, isNumeric(node) ? typed(input.value, true) : input.value);
      else if (!isNumeric(node) && input.value !== '') setAt(into, path, input.value);
    });
  }
  return fieldRow(lastKey(path), helpText(node), input, path);
}

/** True for a union of plain values (`12` or `"auto"`; a number of units or `"target"`). */
export const isScalarUnion = (node: SchemaNode): boolean =>
  variantsOf(node).length > 0 &&
  variantsOf(node).every((variant) => variant.const !== undefined || ['number', 'integer', 'string'].includes(variant.type ?? ''));

/** A box for a number-or-word field, suggesting the words the schema allows. */
export function scalarUnionField(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  const variants = variantsOf(node);
  const words = variants.flatMap((variant) => (typeof variant.const === 'string' ? [variant.const] : (variant.enum ?? [])));
  const names = variants.find((variant) => variant.type === 'string' && variant.enum !== undefined);
  if (names?.enum !== undefined && (value === undefined || typeof value === 'string'))
    return enumField(node, names.enum, path, value, readers);
  const input = document.createElement('input');
  input.type = 'text';
  input.value = inputText(value);
  const list = document.createElement('datalist');
  list.id = `choices-${pathKey(path).replace(/[^\w-]/g, '-')}`;
  for (const word of words) list.append(new Option(String(word)));
  input.setAttribute('list', list.id);
  const numeric = variants.some(isNumeric);
  readers.push((into) => {
    if (input.value.trim() !== '') setAt(into, path, typed(input.value.trim(), numeric));
  });
  const choices = words.map((word) => `"${String(word)}"`).join(', ');
  const row = fieldRow(lastKey(path), helpText(node, choices === '' ? '' : ` (a number or ${choices})`), input, path);
  row.append(list);
  return row;
}

/** True for a list of plain numbers or words (profiles, weights, an empirical distribution's values). */
export const isScalarList = (node: SchemaNode): boolean =>
  node.type === 'array' && ['number', 'integer', 'string'].includes(node.items?.type ?? '');

/** A list of numbers or words, typed comma-separated. */
export function scalarListField(node: SchemaNode, path: JsonPath, value: unknown, readers: Reader[]): HTMLElement {
  const input = document.createElement('input');
  input.type = 'text';
  input.className = 'list-input';
  input.value = Array.isArray(value) ? value.join(', ') : inputText(value);
  const numeric = isNumeric(node.items);
  readers.push((into) => {
    const text = input.value.trim();
    if (text === '' && value === undefined) return;
    setAt(into, path, text === '' ? [] : text.split(',').map((item) => typed(item.trim(), numeric)));
  });
  return fieldRow(lastKey(path), helpText(node, ' (comma-separated)'), input, path);
}
