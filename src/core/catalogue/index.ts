/** The catalogue: the standard indicators, the other indicators and the enterprises, as data. */
export { INDICATORS, indicatorById } from './indicators';
export { OTHER_INDICATORS } from './otherIndicators';
export type { OtherIndicator } from './otherIndicators';
export { matchIndicator } from './matchIndicator';
export type { IndicatorMatch } from './matchIndicator';
export { ENTERPRISES, enterpriseName, matchEnterprise } from './enterprises';
export { findProvince, type Province } from './provinces';
export type { Enterprise } from './enterprises';
export { toPhrase, findPhrase } from './phrase';
