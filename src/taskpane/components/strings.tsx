import { createContext, useContext } from 'react';
import type { Locale } from '../../core';
import { translator, type Translate } from '../../i18n';

/** The pane's language and its translator, given once at the root. */
export interface PaneLanguage {
  locale: Locale;
  t: Translate;
}

export const LanguageContext = createContext<PaneLanguage>({ locale: 'vi', t: translator('vi') });

/** The pane's language in any component. */
export function useLanguage(): PaneLanguage {
  return useContext(LanguageContext);
}
