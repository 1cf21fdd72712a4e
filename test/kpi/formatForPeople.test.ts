import { describe, expect, it } from 'vitest';
import { KPI_AREAS, KPI_DEFINITIONS } from '../../engine/kpi/definitions.js';
import { formatHours, formatKpiForPeople, formatMoney, formatSpreadForPeople } from '../../engine/kpi/formatForPeople.js';
import { comparableIn, formatDifference, formatDifferenceIn, formatKpi, formatKpiIn } from '../../engine/kpi/formatKpi.js';
import { kpiHeading } from '../../engine/kpi/kpiHeading.js';

describe('KPI presentation', () => {
  it('KPI_DEFINITIONS: every KPI has human words (not its identifier), a unit and a known area; every area has a KPI', () => {
    const areas = new Set<string>(KPI_AREAS.map((area) => area.id));
    for (const kpi of KPI_DEFINITIONS) {
      expect(kpi.label).not.toBe(kpi.name);
      expect(kpi.label).toMatch(/^[A-Z][a-z]/);
      expect(kpi.label).not.toMatch(/[a-z][A-Z]/); // no camelCase
      expect(areas.has(kpi.area)).toBe(true);
    }
    expect(new Set(KPI_DEFINITIONS.map((kpi) => kpi.label)).size).toBe(KPI_DEFINITIONS.length);
    for (const area of KPI_AREAS) expect(KPI_DEFINITIONS.some((kpi) => kpi.area === area.id)).toBe(true);
  });

  it('formatHours: minutes under an hour, one decimal under a day, days and whole hours from a day on', () => {
    expect(formatHours(0.5)).toBe('30 min');
    expect(formatHours(5.26)).toBe('5.3 h');
    expect(formatHours(26)).toBe('1 d 2 h');
    expect(formatHours(48.2)).toBe('2 d');
    expect(formatHours(-26)).toBe('-1 d 2 h');
  });

  it('formatMoney: the scenario currency through Intl, a plain amount when the scenario names none', () => {
    expect(formatMoney(4.1, 'EUR')).toBe('€4.10');
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(4.1, undefined)).toBe('4.10');
  });

  it('formatKpiForPeople: each unit in its words; no value says so', () => {
    expect(formatKpiForPeople('onTimeRate', 0.9634)).toBe('96.3%');
    expect(formatKpiForPeople('ordersShipped', 12345.4)).toBe('12,345 orders');
    expect(formatKpiForPeople('meanBackorderUnits', 0.42)).toBe('0.4 units');
    expect(formatKpiForPeople('stockoutEvents', 3)).toBe('3 times');
    expect(formatKpiForPeople('travelMetersPerLine', 12.345)).toBe('12.3 m');
    expect(formatKpiForPeople('satisfaction', 4.216)).toBe('4.22 of 5');
    expect(formatKpiForPeople('cycleTimeP95Hours', 30)).toBe('1 d 6 h');
    expect(formatKpiForPeople('costPerOrder', 7.5, 'GBP')).toBe('£7.50');
    expect(formatKpiForPeople('costPerOrder', null)).toBe('no data');
    expect(formatKpiForPeople('costPerOrder', Number.NaN)).toBe('no data');
  });

  it('formatSpreadForPeople: rates in percentage points, others in their unit, nothing without a value', () => {
    expect(formatSpreadForPeople('onTimeRate', 0.012)).toBe('1.2 pp');
    expect(formatSpreadForPeople('cycleTimeHours', 0.75)).toBe('45 min');
    expect(formatSpreadForPeople('cycleTimeHours', null)).toBe('');
  });

  it('formatKpiIn, formatDifferenceIn: money in the currency given, every other KPI and no currency as formatKpi writes it', () => {
    expect(formatKpiIn('costPerOrder', 25.5, 'EUR')).toBe('€25.50');
    expect(formatKpiIn('costPerOrder', 25.5, undefined)).toBe(formatKpi('costPerOrder', 25.5));
    expect(formatKpiIn('onTimeRate', 0.9725, 'EUR')).toBe(formatKpi('onTimeRate', 0.9725));
    expect(formatKpiIn('costPerOrder', null, 'EUR')).toBe('-');
    expect(formatDifferenceIn('costPerOrder', -0.02, 'GBP')).toBe('-£0.02');
    expect(formatDifferenceIn('costPerOrder', 1.5, 'USD')).toBe('+$1.50');
    expect(formatDifferenceIn('onTimeRate', 0.01, 'USD')).toBe(formatDifference('onTimeRate', 0.01));
    // Amounts in two currencies are not compared; one named currency, or none, is.
    expect(comparableIn('costPerOrder', 'EUR', 'USD')).toBe(false);
    expect(comparableIn('costPerOrder', 'EUR', 'EUR')).toBe(true);
    expect(comparableIn('costPerOrder', undefined, 'USD')).toBe(true);
    expect(comparableIn('onTimeRate', 'EUR', 'USD')).toBe(true);
  });

  it('kpiHeading: the words and the unit a table shows in its first column', () => {
    expect(kpiHeading('cycleTimeHours')).toBe('Cycle time, mean (h)');
    expect(kpiHeading('onTimeRate')).toBe('On-time delivery');
    expect(kpiHeading('costPerOrder')).toBe('Cost per order');
    expect(kpiHeading('satisfaction')).toBe('Customer satisfaction (1 to 5)');
  });
});
