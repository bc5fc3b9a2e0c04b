/**
 * After the rows are read: their facts become submissions (báo cáo), one per sector and period —
 * monthly or quarterly columns give one for each month or quarter.
 */
import type { Fact, Period, Sector, Submission } from '../model';
import { isShortPeriod, readPeriodCode } from '../periods';

/** Keeps an enterprise's own percentage only where one row gave it: parts of a row cannot be added. */
export function singleReportedChanges(facts: Fact[]): Fact[] {
  const counts = new Map<string, number>();
  for (const fact of facts)
    if (fact.measure === 'reportedChange') counts.set(fact.indicator, (counts.get(fact.indicator) ?? 0) + 1);
  return facts.filter((fact) => fact.measure !== 'reportedChange' || counts.get(fact.indicator) === 1);
}

/**
 * The facts of a table grouped by the period they are about: the table's own period first, then
 * each other one (monthly or quarterly columns); a "cùng kỳ" figure goes with the period it is
 * last year's of.
 */
export function periodGroups(facts: Fact[], period: Period | null): { period: string | null; facts: Fact[] }[] {
  const own = period?.code ?? null;
  const groups = new Map<string | null, Fact[]>([[own, []]]);
  const codes = new Set(facts.map((fact) => fact.period));
  const lastYears = (code: string) => {
    const later = laterYear(code);
    return later !== null && (later === own || codes.has(later));
  };
  const apart = new Set([...codes].filter((code) => code !== own && isShortPeriod(code) && !lastYears(code)));
  for (const fact of facts) {
    let code: string | null = own;
    if (apart.has(fact.period)) code = fact.period;
    else {
      const later = laterYear(fact.period);
      if (later && apart.has(later)) code = later;
    }
    const list = groups.get(code);
    if (list) list.push(fact);
    else groups.set(code, [fact]);
  }
  // Only last year's figures for the whole period (quarters this year, "9 tháng 2022" beside them):
  // they go with the latest quarter, so the build adds the quarters up and finds last year's there.
  const whole = groups.get(own) ?? [];
  if (apart.size > 0 && whole.length > 0 && !whole.some((fact) => fact.period === own)) {
    const latest = [...apart].sort((a, b) => readPeriodCode(a)!.endMonth - readPeriodCode(b)!.endMonth).pop()!;
    groups.set(latest, [...(groups.get(latest) ?? []), ...whole]);
    groups.set(own, []);
  }
  return [...groups].filter(([, list]) => list.length > 0).map(([code, list]) => ({ period: code, facts: list }));
}

/** The same period one year later ("9T/2014" → "9T/2015"), or null. */
export function laterYear(code: string | null): string | null {
  if (!code) return null;
  const m = /^(.*?)(\d{4})$/.exec(code);
  return m ? `${m[1]}${Number(m[2]) + 1}` : null;
}

/** What a table's submissions carry besides their facts. */
export interface TableFacts {
  file: string;
  sheet: string;
  enterprise: string;
  /** The table's own sector: its unrecognised rows are counted on that submission. */
  sector: Sector;
  period: Period | null;
  /** Whether the sheet states the period (else it was assumed, and the submission says none). */
  stated: boolean;
  rows: Record<Sector, number>;
  unrecognised: number;
  issued?: string;
  correction: boolean;
  nameFrom?: Submission['nameFrom'];
}

/**
 * Adds a table's facts to the sheet's submissions: one per sector and period, merged into one
 * already made for the same enterprise, sector and period (a sheet with two tables of one kind).
 */
export function addSubmissions(submissions: Submission[], facts: Fact[], table: TableFacts): void {
  const { period } = table;
  const statedCode = table.stated ? period!.code : null;
  const groups = periodGroups(facts, period);
  const sectors = [...new Set(facts.map((fact) => fact.sector))];
  const mainSector = sectors.includes(table.sector) ? table.sector : sectors[0];
  for (const group of groups) {
    const code = group.period === period?.code ? statedCode : group.period;
    for (const s of sectors) {
      const own = group.facts.filter((fact) => fact.sector === s);
      if (own.length === 0) continue;
      const main = s === mainSector && group === groups[0];
      const existing = submissions.find(
        (sub) => sub.enterprise === table.enterprise && sub.sector === s && sub.period === code,
      );
      if (existing) {
        existing.facts.push(...own);
        existing.rows += main ? table.rows[s] : 0;
        if (main) existing.unrecognised += table.unrecognised;
        if (table.correction) existing.correction = true;
        continue;
      }
      submissions.push({
        file: table.file,
        sheet: table.sheet,
        enterprise: table.enterprise,
        sector: s,
        period: code,
        facts: own,
        rows: group === groups[0] ? table.rows[s] : new Set(own.map((f) => f.indicator)).size,
        unrecognised: main ? table.unrecognised : 0,
        ...(table.issued ? { issued: table.issued } : {}),
        ...(table.correction ? { correction: true } : {}),
        ...(table.nameFrom ? { nameFrom: table.nameFrom } : {}),
      });
    }
  }
}
