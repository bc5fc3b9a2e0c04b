/**
 * What reading a cell as a number gave.
 * - `ok: true, value: number` — a number, `percent` when it was written with "%" (value is then the
 *   fraction: "28%" → 0.28), `note` when a footnote mark was glued on ("16.000 (*)" → "(*)");
 * - `ok: true, value: null` — the cell says "nothing" ("-", "x", blank);
 * - `ok: false` — the cell holds something that is not a number; `text` is what it held.
 */
export type NumberParse =
  { ok: true; value: number | null; percent?: boolean; note?: string } | { ok: false; text: string };
