import { setUpOrderInspector } from '../views/orderInspector.js';
import type { DashboardPage, PageContext } from './page.js';
import { pageHeading } from './parts.js';

/** The inspector's controls; setUpOrderInspector finds them by class. */
function inspectorSection(): HTMLElement {
  const root = document.createElement('section');
  root.id = 'inspector';
  root.setAttribute('aria-label', 'Order inspector');
  const label = document.createElement('label');
  label.append('Order id ');
  const input = document.createElement('input');
  input.className = 'order-id';
  input.type = 'number';
  input.min = '0';
  input.step = '1';
  label.append(input);
  const button = (className: string, text: string): HTMLButtonElement => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = className;
    element.textContent = text;
    return element;
  };
  const choices = document.createElement('div');
  choices.className = 'order-choices';
  const output = document.createElement('div');
  output.className = 'order-output';
  root.append(
    label,
    button('order-find', 'Show'),
    button('order-latest', 'Latest orders'),
    button('order-late', 'Latest late orders'),
    choices,
    output,
  );
  return root;
}

let current: PageContext | undefined;

/** The order inspector: one order of replication 0 of the chosen scenario, its timeline, decisions and why it was late. */
export const ordersPage: DashboardPage = {
  id: 'orders',
  title: 'Order inspector',
  show(container, context) {
    current = context;
    const root = inspectorSection();
    setUpOrderInspector(root, () => current?.results[current.selected]);
    const result = context.results[context.selected];
    container.replaceChildren(
      ...pageHeading(
        'Order inspector',
        result === undefined ? '' : `Orders of replication 0 of ${result.scenario} (from its per-order records).`,
      ),
      root,
    );
  },
};
