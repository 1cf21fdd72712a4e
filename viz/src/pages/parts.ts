import { addExportButtons } from '../views/exporting.js';

/**
 * A page section: `<section id>` with its `<h3>` title (the page's own title is the `<h2>`), the
 * given children, and export buttons for its chart (`.chart`) or table (`.table`).
 */
export function section(id: string, title: string, ...children: Node[]): HTMLElement {
  const element = document.createElement('section');
  element.id = id;
  element.setAttribute('aria-labelledby', `${id}-title`);
  const heading = document.createElement('h3');
  heading.id = `${id}-title`;
  heading.textContent = title;
  element.append(heading, ...children);
  // Charts and tables scroll sideways on a phone: keyboard users must reach them too.
  for (const scroller of element.querySelectorAll<HTMLElement>('.chart, .table')) {
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'group');
    scroller.setAttribute('aria-label', title);
  }
  addExportButtons(element);
  return element;
}

/** An empty `<div>` with a class, where a view draws (`chart`, `table`). */
export function host(className: string, id?: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  if (id !== undefined) element.id = id;
  return element;
}

/** A paragraph of plain words (a note, or the message shown instead of a view without data). */
export function note(text: string, className = 'note'): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

/** A labelled select; `onChange` gets the chosen value. */
export function labelledSelect(
  label: string,
  options: ReadonlyArray<{ readonly value: string; readonly text: string }>,
  onChange: (value: string) => void,
  className?: string,
): { readonly label: HTMLLabelElement; readonly select: HTMLSelectElement } {
  const wrapper = document.createElement('label');
  wrapper.append(`${label} `);
  const select = document.createElement('select');
  if (className !== undefined) select.className = className;
  select.append(...options.map((option) => new Option(option.text, option.value)));
  select.addEventListener('change', () => onChange(select.value));
  wrapper.append(select);
  return { label: wrapper, select };
}

/** The page's title, an `<h2>`, and a line saying which scenario it shows. */
export function pageHeading(title: string, subtitle: string): HTMLElement[] {
  const heading = document.createElement('h2');
  heading.textContent = title;
  return [heading, note(subtitle, 'page-subtitle')];
}
