/** The sheet reader: one enterprise's sheet (any layout) → submissions of facts, with issues. */
export { readSheet } from './readSheet';
export type { ReadOptions } from './readSheet';
