import type { CellValue, Fact, SheetGrid } from '../../src/core/model';

/** A grid for tests: values from A1 unless top/left are given. */
export function grid(values: CellValue[][], more: Partial<SheetGrid> = {}): SheetGrid {
  return { file: 'test.xlsx', sheet: 'Sheet1', top: 0, left: 0, values, ...more };
}

/** Facts as compact strings "indicator measure period value @cell", for readable assertions. */
export function brief(facts: Fact[]): string[] {
  return facts.map((f) => `${f.indicator} ${f.measure} ${f.period} ${f.value} @${f.source.cell}`);
}
