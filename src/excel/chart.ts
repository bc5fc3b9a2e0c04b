/**
 * The comparison chart (biểu đồ so với cùng kỳ): one native column chart per standard table,
 * beside the tables on "TTTT Biểu", of each indicator's "so với cùng kỳ". Where it sits is worked
 * out from the tables sheet's layout; pure, so it is tested without Excel.
 */
import type { SheetLayout, StandardTable } from '../core';
import { columnLetters } from './guard';

/** Prefix of the names the add-in gives its charts; a rebuild deletes only charts named so. */
export const CHART_PREFIX = 'TTTT.';

/** One chart to draw: its name, title, data (A1 on the tables sheet) and place. */
export interface ChartPlan {
  name: string;
  title: string;
  /** The comparison column's cells ("F3:F9"). */
  values: string;
  /** The indicators' names ("B3:B9"), the categories. */
  categories: string;
  /** Top-left and bottom-right cells of where the chart sits. */
  from: string;
  to: string;
}

/**
 * Where each table's comparison chart goes: right of the widest table (one column apart), level
 * with its table when there is room, as tall as the table and at least 15 rows, never overlapping.
 *
 * @example
 * comparisonCharts(layoutTables([telecom]), [telecom])[0].values //=> 'F3:F9'
 */
export function comparisonCharts(layout: SheetLayout, tables: StandardTable[]): ChartPlan[] {
  const plans: ChartPlan[] = [];
  // All charts in one column band right of the widest table, one under the other.
  const widest = Math.max(0, ...tables.map((t) => 3 + t.columns.length));
  const right = columnLetters(widest + 1);
  const farRight = columnLetters(widest + 8);
  let free = 0; // first row no chart covers yet
  for (const table of tables) {
    const yoy = table.columns.indexOf('yoy');
    if (yoy < 0 || table.rows.length === 0) continue;
    const titleRow = layout.cells.findIndex((line) => line[0]?.value === table.title);
    if (titleRow < 0) continue;
    const first = titleRow + 2; // title, header, then the rows
    const last = first + table.rows.length - 1;
    const col = columnLetters(3 + yoy);
    const top = Math.max(titleRow, free);
    const bottom = Math.max(last, top + 14);
    free = bottom + 2;
    plans.push({
      name: `${CHART_PREFIX}${table.id}`,
      title: table.title,
      values: `${col}${first + 1}:${col}${last + 1}`,
      categories: `B${first + 1}:B${last + 1}`,
      from: `${right}${top + 1}`,
      to: `${farRight}${bottom + 1}`,
    });
  }
  return plans;
}
