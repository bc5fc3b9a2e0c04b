/** Compute (tính toán): comparisons with the same period, stocks and totals over enterprises. */
export {
  aggregate,
  type EnterpriseFigures,
  type FigureKey,
  type FigureSources,
  type Figures,
  type IndicatorTotal,
  type IndicatorTotals,
} from './aggregate';
export { changeText, describeChange } from './changeText';
export { checkStock, type StockCheck } from './checkStock';
export { closingStock, roundSum } from './closingStock';
export { comparisonFromChange, compareWithSamePeriod } from './compareWithSamePeriod';
export { englishDigits, formatComparison, formatFigure, writeFigure } from './formatComparison';
