/** A labelled select (the label wraps it, so screen readers name it) with `options` as [value, words]. */
export function labelledSelect(
  words: string,
  options: ReadonlyArray<readonly [string, string]>,
  selected: string,
  onChange: (value: string) => void,
): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'experiment-control';
  label.append(`${words} `);
  const select = document.createElement('select');
  select.append(...options.map(([value, text]) => new Option(text, value)));
  select.value = selected;
  select.addEventListener('change', () => onChange(select.value));
  label.append(select);
  return label;
}

/** A paragraph of plain words (a note, a verdict, a message instead of an empty view). */
export function paragraph(text: string, className = 'note'): HTMLParagraphElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

/** A level-3 heading for a view's part. */
export function heading(text: string): HTMLHeadingElement {
  const element = document.createElement('h3');
  element.textContent = text;
  return element;
}

/**
 * A container that may scroll sideways (a wide chart or table on a phone): focusable and named,
 * so a keyboard user can scroll it too.
 */
export function scrollable(className: 'chart' | 'table', name: string): HTMLDivElement {
  const element = document.createElement('div');
  element.className = className;
  element.tabIndex = 0;
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', name);
  return element;
}
