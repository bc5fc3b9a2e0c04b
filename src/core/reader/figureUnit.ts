import type { Indicator } from '../model';
import { unitByCode, type Unit } from '../units';

/** Where a figure's unit may be stated, most specific first. */
export interface UnitSources {
  /** In its column's header ("Doanh thu (triệu đồng)"). */
  header: Unit | null;
  /** In its row's label ("Doanh thu (tr.đồng)"). */
  label: Unit | null;
  /** In its row's unit column (or the merged unit cell above it). */
  row: Unit | null;
  /** In a title line ("Đơn vị tính: nghìn đồng"); used only where its kind fits. */
  title: Unit | null;
}

export type UnitChoice = { ok: true; unit: Unit; assumed: boolean } | { ok: false; unit: Unit };

/**
 * The unit a figure is written in (đơn vị tính của số liệu): the most specific one stated for it
 * that is of the indicator's kind — a column headed "(Ngàn TB)" holding a row "Doanh thu
 * (Tr.đồng)" states the subscriptions' unit, and the row its own; a unit stated only of another
 * kind is a mismatch (a weight on a count); a title line's unit counts only where its kind fits;
 * a money figure with no unit anywhere is taken as triệu đồng (`assumed`), any other in the
 * indicator's own unit.
 *
 * @example
 * figureUnit({ header: null, label: null, row: parseUnit('Tấn'), title: null }, letterPost) //=> { ok: true, unit: <tan>, assumed: false }
 * figureUnit({ header: null, label: null, row: parseUnit('Cái'), title: null }, letterPost) //=> { ok: false, unit: <cai> }
 * figureUnit({ header: parseUnit('Ngàn TB'), label: parseUnit('Tr.đồng'), row: null, title: null }, telecomRevenue) //=> { ok: true, unit: <trieu-dong>, assumed: false }
 * figureUnit({ header: null, label: null, row: null, title: null }, telecomRevenue)        //=> { ok: true, unit: <trieu-dong>, assumed: true }
 */
export function figureUnit(sources: UnitSources, indicator: Indicator): UnitChoice {
  const stated = [sources.header, sources.label, sources.row].filter((unit) => unit !== null);
  const fits = stated.find((unit) => unit.dimension === indicator.dimension);
  if (fits) return { ok: true, unit: fits, assumed: false };
  if (stated.length > 0) return { ok: false, unit: stated[0] };
  if (sources.title?.dimension === indicator.dimension) return { ok: true, unit: sources.title, assumed: false };
  return { ok: true, unit: unitByCode(indicator.unit), assumed: indicator.dimension === 'money' };
}
