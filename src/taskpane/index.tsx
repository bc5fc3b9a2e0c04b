/**
 * Entry of the shared runtime's page: registers the custom functions and the ribbon's handler
 * (they live in this same runtime) and renders the task pane once Office is ready.
 */
import '../functions/functions';
import '../commands/commands';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import {
  buildTables,
  capabilities,
  importGrids,
  importWorkbooks,
  loadWorkbookDictionary,
  loadWorkbookSettings,
  saveWorkbookSettings,
  scanSubmissions,
  selectSource,
  selfTest,
} from '../excel';
import { lastOutcome, onOutcome } from '../commands/outcome';
import { localeOf } from '../i18n';
import { App } from './App';
import type { PaneHost } from './host';

/** The pane's host in Excel: the Office.js adapter, unchanged. */
const excelHost: PaneHost = {
  scan: (options) => scanSubmissions(options),
  build: (options) => buildTables(options),
  select: (ref) => selectSource(ref),
  importFiles: (files) => importWorkbooks(files),
  canImport: () => capabilities().insertFromBase64,
  importParsed: (files) => importGrids(files.filter((f) => !f.error)),
  loadSettings: () => loadWorkbookSettings(),
  saveSettings: (settings) => saveWorkbookSettings({ ...settings }),
  onRibbonOutcome: (listener) => onOutcome(listener),
  lastRibbonOutcome: () => lastOutcome(),
  selfTest: () => selfTest(),
  loadDictionary: async (locale) => (await loadWorkbookDictionary(locale)).dictionary,
};

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const locale = localeOf(Office.context?.displayLanguage);
  document.documentElement.lang = locale;
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App host={excelHost} locale={locale} />
    </FluentProvider>,
  );
});
