/** Reporting periods (kỳ báo cáo): codes, wordings, the same period last year. */
export { parsePeriod } from './parsePeriod';
export { isShortPeriod, periodFromCode, readPeriodCode } from './periodFromCode';
export { samePeriodLastYear } from './samePeriodLastYear';
export { describePeriod } from './describePeriod';
export { periodInterval } from './periodInterval';
export { findPeriod } from './findPeriod';
export { monthPeriod, quarterPeriod, firstMonthsPeriod, yearPeriod, periodFromMonths } from './makePeriod';
export { shortPeriod } from './shortPeriod';
