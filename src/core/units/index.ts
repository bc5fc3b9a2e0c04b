/** Units of measure (đơn vị tính): reading them in text and converting between them. */
export type { Unit } from './table';
export { CANONICAL } from './table';
export { parseUnit } from './parseUnit';
export { findUnit } from './findUnit';
export { unitByCode } from './unitByCode';
export { convert } from './convert';
