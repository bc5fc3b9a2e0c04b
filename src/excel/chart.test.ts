import { layoutTables } from '../core';
import { buildResult } from '../../test/support/fixtures';
import { CHART_PREFIX, comparisonCharts } from './chart';

describe('comparisonCharts', () => {
  it("points each table's chart at its comparison column and names, beside the tables, without overlap", () => {
    const { tables } = buildResult();
    const plans = comparisonCharts(layoutTables(tables), tables);
    expect(plans.map((p) => p.name)).toEqual([`${CHART_PREFIX}telecom`, `${CHART_PREFIX}postal`]);
    const telecom = plans[0];
    expect(telecom.values).toBe(`F3:F${2 + tables[0].rows.length}`);
    expect(telecom.categories).toBe(`B3:B${2 + tables[0].rows.length}`);
    const rowOf = (a: string) => Number(/\d+/.exec(a)![0]);
    for (let i = 1; i < plans.length; i++) expect(rowOf(plans[i].from)).toBeGreaterThan(rowOf(plans[i - 1].to));
    expect(plans.every((p) => p.from.startsWith('I'))).toBe(true);
  });
});
