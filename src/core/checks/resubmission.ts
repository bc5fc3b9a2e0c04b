import { toPhrase } from '../catalogue';
import { makeIssue, type Message } from '../issues';
import type { Issue, Locale, Sector, Submission } from '../model';

interface Params {
  enterprise: string;
  period: string;
  sector: string;
  used: string;
  dropped: string;
  why: string;
}

const SECTOR: Record<Locale, Record<Sector, string>> = {
  vi: { telecom: 'viễn thông', postal: 'bưu chính' },
  en: { telecom: 'telecom', postal: 'postal' },
};

const message: Message<Params> = {
  vi: (p) => `${p.enterprise} gửi nhiều báo cáo ${p.sector} kỳ ${p.period}: dùng ${p.used} (${p.why}), bỏ ${p.dropped}`,
  en: (p) =>
    `${p.enterprise} sent more than one ${p.sector} submission for ${p.period}: using ${p.used} (${p.why}), dropping ${p.dropped}`,
};

const WHY: Record<Locale, Record<'correction' | 'issued' | 'name', string>> = {
  vi: { correction: 'bản điều chỉnh', issued: 'ký sau', name: 'xếp sau theo tên tệp, trang tính' },
  en: { correction: 'a correction', issued: 'signed later', name: 'later by file and sheet name' },
};

/** Which of two submissions of the same enterprise and period is the later one, and why. */
function compareSubmissions(a: Submission, b: Submission): { order: number; why: 'correction' | 'issued' | 'name' } {
  const correction = Number(a.correction ?? false) - Number(b.correction ?? false);
  if (correction !== 0) return { order: correction, why: 'correction' };
  const ai = a.issued ?? '';
  const bi = b.issued ?? '';
  if (ai !== bi) return { order: ai < bi ? -1 : 1, why: 'issued' };
  const an = `${a.file}\u0000${a.sheet}`;
  const bn = `${b.file}\u0000${b.sheet}`;
  return { order: an < bn ? -1 : an > bn ? 1 : 0, why: 'name' };
}

const where = (s: Submission) => (s.file ? `${s.file} › ${s.sheet}` : s.sheet);

/** What {@link dropResubmissions} keeps and says. */
export interface ResubmissionResult {
  kept: Submission[];
  dropped: Submission[];
  issues: Issue[];
}

/**
 * Who filed a submission, for telling resubmissions apart. A catalogue enterprise is its name. An
 * enterprise the catalogue does not know is the same one only where its title lines name it alike
 * (diacritics and case aside); named after its file or sheet ("Sheet1"), it is only ever the same
 * as itself within that file — two unknown companies' "Sheet1" must both be counted.
 */
function filer(s: Submission): string {
  if (s.nameFrom === 'title') return `title\u0000${toPhrase(s.enterprise)}`;
  const name = s.enterprise.trim().toLowerCase();
  return s.nameFrom ? `${s.nameFrom}\u0000${name}\u0000${s.file}` : name;
}

/**
 * Keeps one submission per enterprise, sector and period (báo cáo gửi lại): the correction
 * ("điều chỉnh", "thay thế"), else the one signed later, else the later by file and sheet name.
 * Each dropped submission gets a 'resubmission' issue saying which one was used instead: info,
 * or a warning where the enterprise is unknown and named only after its file or sheet (then two
 * sheets of one file are taken for one enterprise's, which the person should confirm).
 * Submissions of unknown enterprises from different files are never merged unless their title
 * lines name them alike.
 *
 * @example
 * dropResubmissions([first, correction], 'vi').kept //=> [correction]
 */
export function dropResubmissions(submissions: Submission[], locale: Locale = 'vi'): ResubmissionResult {
  // Each submission's key, worked out once (a build of thousands of sheets asks for it four times).
  const keys = new Map(submissions.map((s) => [s, `${filer(s)}\u0000${s.sector}\u0000${s.period ?? ''}`]));
  const winners = new Map<string, Submission>();
  const winnerOf = (s: Submission) => winners.get(keys.get(s)!);
  for (const s of submissions) {
    const best = winnerOf(s);
    if (!best || compareSubmissions(s, best).order >= 0) winners.set(keys.get(s)!, s);
  }
  const kept = submissions.filter((s) => winnerOf(s) === s);
  const dropped = submissions.filter((s) => winnerOf(s) !== s);
  const issues = dropped.map((s) => {
    const used = winnerOf(s)!;
    const params: Params = {
      enterprise: used.enterprise,
      period: used.period ?? '?',
      sector: SECTOR[locale][used.sector],
      used: where(used),
      dropped: where(s),
      why: WHY[locale][compareSubmissions(used, s).why],
    };
    const guessed = s.nameFrom === 'file' || s.nameFrom === 'sheet';
    return makeIssue(
      guessed ? 'warning' : 'info',
      'resubmission',
      message,
      params,
      locale,
      { file: s.file, sheet: s.sheet, cell: '' },
      { enterprise: used.enterprise },
    );
  });
  return { kept, dropped, issues };
}
