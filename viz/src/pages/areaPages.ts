import { renderCarrierTable } from '../views/carrierTable.js';
import { renderDistributionChart, type TimeMeasure } from '../views/distributionChart.js';
import { renderInventory } from '../views/inventoryView.js';
import { renderJourneyChart } from '../views/journeyChart.js';
import { renderUtilizationByHour, renderWarehouseMap } from '../views/warehouseView.js';
import { areaPage } from './areaPage.js';
import type { DashboardPage } from './page.js';
import { host, labelledSelect, section } from './parts.js';

/** Service: where an order's time goes, and the cycle and delivery time distributions. */
export const servicePage: DashboardPage = areaPage(
  'service',
  [
    (result) => {
      const chart = host('chart', 'journey-chart');
      renderJourneyChart(chart, result);
      return [section('journey', 'Order journey', chart)];
    },
    (result) => {
      const chart = host('chart', 'distribution-chart');
      const measures = [
        { value: 'cycleTimeHours', text: 'cycle time' },
        { value: 'deliveryTimeHours', text: 'delivery time' },
      ];
      const draw = (measure: string): void => renderDistributionChart(chart, result, measure as TimeMeasure);
      const { label, select } = labelledSelect('Measure', measures, draw, 'distribution-select');
      draw(select.value);
      return [section('distributions', 'Cycle and delivery times', label, chart)];
    },
  ],
  ['ordersPlaced', 'backlogOrders'],
);

/** Inventory: fill rate by ABC class and the SKUs with the lowest fill rate. */
export const inventoryPage: DashboardPage = areaPage(
  'inventory',
  [
    (result) => {
      const chart = host('chart', 'abc-chart');
      const table = host('table', 'worst-skus');
      renderInventory(chart, table, result);
      return [section('fill-by-class', 'Fill rate by ABC class and the worst SKUs', chart, table)];
    },
  ],
  ['onHandUnits', 'backorderUnits', 'stockoutEvents'],
);

/** Warehouse: the picking floor with sample routes, and picker utilization by hour. */
export const warehousePage: DashboardPage = areaPage('warehouse', [
  (result) => {
    const map = host('chart', 'warehouse-map');
    renderWarehouseMap(map, result);
    const utilization = host('chart', 'utilization-chart');
    renderUtilizationByHour(utilization, result);
    return [section('floor', 'Picking floor and routes', map), section('utilization', 'Pickers busy by hour of day', utilization)];
  },
]);

/** Shipping: parcels, cost and on-time rate by carrier. */
export const shippingPage: DashboardPage = areaPage(
  'shipping',
  [
    (result) => {
      const table = host('table', 'carrier-table');
      renderCarrierTable(table, result);
      return [section('carriers', 'Carriers', table)];
    },
  ],
  ['ordersShipped'],
);

/** Returns and customers. */
export const returnsPage: DashboardPage = areaPage('returns', []);

/** Costs. */
export const costsPage: DashboardPage = areaPage('costs', []);
