import type { Locale } from './model';

/**
 * An input the core cannot turn into a right answer (unknown unit, previous period zero, bad
 * period code). It carries its message in both languages so every face can say it in the user's;
 * custom functions turn it into `#VALUE!` / `#N/A` with that message, never into a wrong number.
 *
 * @example
 * throw new CoreError('unknown-unit', { vi: 'Không biết đơn vị "xyz"', en: 'Unknown unit "xyz"' });
 */
export class CoreError extends Error {
  constructor(
    readonly code: string,
    readonly messages: Record<Locale, string>,
    /** Which Excel error a function should return: a value that is wrong, or one that is missing. */
    readonly kind: 'value' | 'not-available' = 'value',
  ) {
    super(messages.en);
    this.name = 'CoreError';
  }

  /** The message in the given language. */
  text(locale: Locale): string {
    return this.messages[locale];
  }
}
