import type { Numbering } from './numbering';

/**
 * Places the rows of a table in its outline (cấp của dòng): how deep each row sits, so a row
 * knows which rows above it it breaks down. Depth comes from the numbering (I = 0, 1 = 1,
 * 1.1 / a = 2), bullets sit under the last numbered or plain row ("-" one level, "+" two),
 * "Trong đó" rows under the row they break down, and unnumbered rows under the last heading
 * (a row without figures) or numbered row above them.
 *
 * @example
 * const outline = new Outline();
 * outline.place(numbering('1'), false, true)            //=> 1
 * outline.place(numbering('- Trả trước'), false, true)  //=> 2
 * outline.place(numbering('2'), false, true)            //=> 1
 */
export class Outline {
  private lastPlainDepth = 0;
  private anchor: { depth: number; heading: boolean } | null = null;
  private breakdownParent: number | null = null;

  /** A bare "Trong đó:" line: the rows under it break down the row at `depth` (the last one). */
  openBreakdown(depth: number | null): void {
    this.breakdownParent = depth ?? this.lastPlainDepth;
  }

  /**
   * The depth of the next row, from its numbering, whether its label starts with "Trong đó"
   * (`breakdown`) and whether it has figures (a row without is a heading).
   */
  place(token: Numbering, breakdown: boolean, hasFigures: boolean): number {
    let depth: number;
    if (token.kind === 'roman' || token.kind === 'arabic' || token.kind === 'sub' || token.kind === 'letter') {
      depth = token.depth;
      if (this.breakdownParent !== null && depth <= this.breakdownParent) this.breakdownParent = null;
      if (this.breakdownParent !== null) depth = Math.max(depth, this.breakdownParent + 1);
    } else if (token.kind === 'bullet') {
      depth = this.lastPlainDepth + token.depth;
    } else if (breakdown) {
      this.breakdownParent = this.lastPlainDepth;
      depth = this.lastPlainDepth + 1;
    } else if (this.breakdownParent !== null) {
      depth = this.breakdownParent + 1;
    } else if (this.anchor) {
      depth = this.anchor.heading && !hasFigures ? this.anchor.depth : this.anchor.depth + 1;
    } else {
      depth = 1;
    }
    if (token.kind !== 'bullet') this.lastPlainDepth = depth;
    if (!hasFigures) {
      // A section or an unnumbered heading ends a "Trong đó" list; headings anchor what follows.
      if (token.kind === 'roman' || token.kind === 'none') this.breakdownParent = null;
      if (!breakdown && token.kind !== 'bullet') this.anchor = { depth, heading: true };
    } else if (token.kind !== 'bullet' && token.kind !== 'none') {
      this.anchor = { depth, heading: false };
    }
    return depth;
  }
}
