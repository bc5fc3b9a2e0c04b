export { cumulate } from './cumulate';
export { cumulateSubmissions } from './cumulateSubmissions';
export { coverPeriods, describeMissing, months, overlaps } from './cover';
