import { costsPage, inventoryPage, returnsPage, servicePage, shippingPage, warehousePage } from './areaPages.js';
import { comparisonPage } from './comparisonPage.js';
import { experimentsPage } from './experiments.js';
import { ordersPage } from './ordersPage.js';
import { playbackPage } from './playback.js';
import type { DashboardPage } from './page.js';
import { summaryPage } from './summaryPage.js';
import { whatIfPage } from './whatIfPage.js';

/**
 * Every page, in the navigation's order; the first is shown when the URL names none. To add a
 * page (experiments, playback), import its `DashboardPage` and add it to this list: one line.
 */
export function dashboardPages(whatIfPanel: HTMLElement): readonly DashboardPage[] {
  return [
    summaryPage,
    servicePage,
    inventoryPage,
    warehousePage,
    shippingPage,
    returnsPage,
    costsPage,
    comparisonPage,
    ordersPage,
    whatIfPage(whatIfPanel),
    experimentsPage,
    playbackPage,
  ];
}
