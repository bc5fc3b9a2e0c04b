import { CoreError } from '../errors';
import { UNITS, type Unit } from './table';

/**
 * The unit with the given code ('trieu-dong', 'kg', 'thue-bao', …).
 * Throws CoreError('unknown-unit') for a code that is not in the table.
 *
 * @example
 * unitByCode('nghin-dong') //=> { code: 'nghin-dong', dimension: 'money', factor: 0.001, label: 'Nghìn đồng', labelEn: 'thousand VND' }
 */
export function unitByCode(code: string): Unit {
  const unit = UNITS.get(code);
  if (unit === undefined) {
    throw new CoreError('unknown-unit', {
      vi: `Không biết đơn vị tính "${code}"`,
      en: `Unknown unit "${code}"`,
    });
  }
  return unit;
}
