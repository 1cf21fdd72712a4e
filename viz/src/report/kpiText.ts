import { KPI_DEFINITIONS } from '../../../engine/index.js';

/** Replaces every text in `root` that is a KPI's identifier by its label (charts drawn with identifiers). */
export function relabelKpis(root: Element): void {
  for (const node of root.querySelectorAll('text, title')) {
    let text = node.textContent ?? '';
    for (const { name, label } of KPI_DEFINITIONS) {
      if (text === name) text = label;
      else if (text.startsWith(`${name}: `)) text = `${label}: ${text.slice(name.length + 2)}`;
    }
    if (text !== node.textContent) node.textContent = text;
  }
}
