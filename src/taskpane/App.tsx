import { Button, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  type CellRef,
  type Locale,
  type SheetReading,
  REPORT_SHEETS,
  answerLabel,
  mergeDictionaries,
  readDictionaryCsv,
  withEntry,
  type Dictionary,
  type DictionaryEntry,
  commonPeriod,
} from '../core';
import { translator } from '../i18n';
import { BuildSection, type Progress } from './components/BuildSection';
import { DictionarySection } from './components/DictionarySection';
import { ImportButton } from './components/ImportButton';
import { PeriodSection } from './components/PeriodSection';
import { ProblemsSection } from './components/ProblemsSection';
import { SentencesSection } from './components/SentencesSection';
import { SelfTestSection } from './components/SelfTestSection';
import { SettingsSection, type PaneSettings } from './components/SettingsSection';
import { LanguageContext } from './components/strings';
import { SubmissionsSection } from './components/SubmissionsSection';
import type { BuildOutcome, ChosenFile, OutputKind, PaneHost, RibbonOutcome } from './host';
import { readPeriodInput } from './period';
import { chosenSheetNames, loadSettings, saveSettings } from './settings';
import { errorText, includedSubmissions, issuePlace, summariseReadings } from './view';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXL}`,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
  title: { color: tokens.colorBrandForeground1, paddingBlock: tokens.spacingVerticalXS },
});

type Busy = 'scan' | 'build' | 'import' | null;
type Notice = { intent: 'info' | 'success' | 'error'; text: string };

const storage = (): Storage | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

/** The task pane: read the workbook, choose the period and sheets, build, look at the problems. */
export function App(props: { host: PaneHost; locale: Locale; defaultNames?: Partial<Record<OutputKind, string>> }) {
  const { host, locale } = props;
  const language = useMemo(() => ({ locale, t: translator(locale) }), [locale]);
  const { t } = language;
  const styles = useStyles();

  const [readings, setReadings] = useState<SheetReading[] | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [periodText, setPeriodText] = useState<string | null>(null); // null: follow the detected period
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings(storage()));
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [outcome, setOutcome] = useState<BuildOutcome | null>(null);
  const [buildError, setBuildError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The office's dictionary: as kept in the workbook, or as changed in the pane and not yet written.
  const [dictionary, setDictionary] = useState<Dictionary>({ entries: [] });
  const [dictionaryPending, setDictionaryPending] = useState(false);

  const summary = useMemo(() => (readings ? summariseReadings(readings) : null), [readings]);
  const included = useMemo(() => (summary ? includedSubmissions(summary, excluded) : []), [summary, excluded]);
  const detected = useMemo(() => {
    const code = commonPeriod(included);
    if (!code) return null;
    const read = readPeriodInput(code, locale);
    return read.state === 'valid' ? { code: read.code, description: read.description } : { code, description: code };
  }, [included, locale]);
  const text = periodText ?? detected?.code ?? '';
  const periodInput = useMemo(() => readPeriodInput(text, locale), [text, locale]);

  const scan = useCallback(async () => {
    setBusy('scan');
    try {
      setReadings(await host.scan({ locale }));
    } catch (e) {
      setReadings([]);
      setNotice({ intent: 'error', text: errorText(e, locale) });
    } finally {
      setBusy(null);
    }
  }, [host, locale]);

  useEffect(() => {
    void scan();
  }, [scan]);

  useEffect(() => {
    host
      .loadDictionary?.(locale)
      .then(setDictionary)
      .catch(() => undefined);
  }, [host, locale]);

  // The build settings kept in the workbook win over this machine's: the ribbon's button uses them too.
  useEffect(() => {
    host
      .loadSettings?.()
      .then((stored) => {
        if (stored.convention || stored.sheetNames || stored.province)
          setSettings((prev) => ({
            ...prev,
            ...(stored.convention ? { convention: stored.convention } : {}),
            ...(stored.sheetNames ? { sheetNames: stored.sheetNames } : {}),
            ...(stored.province ? { province: stored.province } : {}),
          }));
        if (stored.exclude?.length) setExcluded(new Set(stored.exclude));
      })
      .catch(() => undefined);
  }, [host]);

  // A build started from the ribbon is shown here as if the pane had run it.
  useEffect(() => {
    const show = (o: RibbonOutcome) => {
      if (o.ok) {
        setOutcome(o.outcome);
        setBuildError(null);
        setNotice({ intent: 'info', text: t('ribbonBuilt') });
      } else setBuildError(t('ribbonFailed', { message: o.message[locale] }));
    };
    const last = host.lastRibbonOutcome?.();
    if (last) show(last);
    return host.onRibbonOutcome?.(show);
  }, [host, locale, t]);

  const keepInWorkbook = (stored: Parameters<NonNullable<PaneHost['saveSettings']>>[0]) => {
    host
      .saveSettings?.(stored)
      ?.catch((e: unknown) =>
        setNotice({ intent: 'error', text: t('settingsSaveFailed', { message: errorText(e, locale) }) }),
      );
  };

  const build = async (taught?: Dictionary): Promise<BuildOutcome | null> => {
    const given = taught ?? (dictionaryPending ? dictionary : undefined);
    setBusy('build');
    setBuildError(null);
    setProgress(null);
    try {
      const result = await host.build({
        period: periodInput.state === 'valid' ? periodInput.code : undefined,
        convention: settings.convention,
        outlier: settings.outlier,
        province: settings.province?.trim() || undefined,
        locale,
        exclude: [...excluded],
        sheetNames: chosenSheetNames(settings.sheetNames),
        onProgress: (done, total, what) => setProgress({ done, total, what }),
        ...(given ? { dictionary: given } : {}),
      });
      setOutcome(result);
      if (result.dictionary) {
        setDictionary(result.dictionary);
        setDictionaryPending(false);
      }
      return result;
    } catch (e) {
      setBuildError(errorText(e, locale));
      return null;
    } finally {
      setBusy(null);
      setProgress(null);
    }
  };

  const importFiles = async (files: ChosenFile[]) => {
    setBusy('import');
    setNotice({ intent: 'info', text: t('importing', { count: files.length }) });
    try {
      // xlsx files Excel inserts itself; other formats, and xlsx Excel refused, are read here with
      // the command line's reader (a chunk loaded only now) and written as values.
      const canInsert = host.canImport?.() !== false;
      const zip = (f: ChosenFile) => /\.xls[xm]$/i.test(f.name);
      const direct = canInsert ? files.filter(zip) : [];
      let imported = direct.length ? await host.importFiles(direct) : [];
      const refusedXlsx = new Set(imported.filter((f) => f.error && f.sheets.length === 0).map((f) => f.file));
      const toRead = files.filter((f) => !direct.includes(f) || refusedXlsx.has(f.name));
      if (toRead.length && host.importParsed) {
        imported = imported.filter((f) => !refusedXlsx.has(f.file));
        const { readChosen } = await import(/* webpackChunkName: "reader" */ './readChosen.js');
        const parsed = readChosen(toRead, locale);
        const written = await host.importParsed(parsed);
        const unread = parsed
          .filter((p) => p.error)
          .map((p) => ({ file: p.file, sheets: [], error: { vi: p.error!, en: p.error! } }));
        imported = [...imported, ...written, ...unread];
      }
      const sheets = imported.reduce((n, f) => n + f.sheets.length, 0);
      const failed = imported.filter((f) => f.error);
      const done = t('importDone', { count: imported.length - failed.length, sheets });
      setNotice(
        failed.length
          ? {
              intent: 'error',
              text: `${done} ${t('importFileFailed', { files: failed.map((f) => f.error?.[locale] ?? f.file).join('; ') })}`,
            }
          : { intent: 'success', text: done },
      );
    } catch (e) {
      setNotice({ intent: 'error', text: t('importFailed', { message: errorText(e, locale) }) });
    } finally {
      setBusy(null);
    }
    await scan();
  };

  const select = (ref: CellRef) => {
    host
      .select(ref)
      .then((found) =>
        setNotice(found ? null : { intent: 'error', text: t('sourceNotFound', { where: issuePlace(ref) }) }),
      )
      .catch((e: unknown) => setNotice({ intent: 'error', text: errorText(e, locale) }));
  };

  const updateSettings = (next: PaneSettings) => {
    setSettings(next);
    saveSettings(storage(), next);
    keepInWorkbook({
      convention: next.convention,
      sheetNames: chosenSheetNames(next.sheetNames),
      province: next.province?.trim() ?? '',
    });
  };

  const disabledReason =
    periodInput.state === 'invalid'
      ? periodInput.message
      : summary && summary.dataSheets.length > 0 && included.length === 0
        ? t('nothingToBuild')
        : null;

  /** A changed dictionary: rebuilt with at once (which keeps it in the workbook), saying what changed. */
  const changeDictionary = async (next: Dictionary, lead: string, taught?: DictionaryEntry) => {
    setDictionary(next);
    if (busy !== null || !summary || summary.dataSheets.length === 0 || disabledReason !== null) {
      setDictionaryPending(true);
      setNotice({ intent: 'info', text: [lead, t('dictionaryPending')].filter(Boolean).join(' ') });
      return;
    }
    const before = outcome?.result.issues.length ?? 0;
    const result = await build(next);
    if (!result) return;
    const after = result.result.issues.length;
    const said = taught
      ? t('dictionaryTaught', { word: taught.word, answer: answerLabel(taught, locale), before, after })
      : t('dictionaryChanged', { before, after });
    setNotice({ intent: 'success', text: [lead, said].filter(Boolean).join(' ') });
  };

  const importDictionary = (file: string, text: string) => {
    const read = readDictionaryCsv(text, file, locale);
    const lines = read.issues.map((i) => i.cell.replace(/^A/, '')).join(', ');
    const lead = [
      t('dictionaryImported', { count: read.dictionary.entries.length, file }),
      read.issues.length ? t('dictionarySkipped', { count: read.issues.length, lines }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    void changeDictionary(mergeDictionaries(dictionary, read.dictionary), lead);
  };

  return (
    <LanguageContext.Provider value={language}>
      <main className={styles.pane} lang={locale}>
        <Text as="h1" size={400} weight="semibold" className={styles.title}>
          {t('appTitle')}
        </Text>
        {notice && (
          <MessageBar intent={notice.intent} data-testid="notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
        <PeriodSection text={text} input={periodInput} detected={detected} onChange={setPeriodText} />
        <SubmissionsSection
          summary={summary}
          excluded={excluded}
          onToggle={(sheet, on) => {
            const next = toggled(excluded, sheet, !on);
            setExcluded(next);
            keepInWorkbook({ exclude: [...next] });
          }}
          actions={
            <>
              <Button
                size="small"
                appearance="subtle"
                disabled={busy !== null}
                onClick={() => void scan()}
                data-testid="rescan"
              >
                {t('rescan')}
              </Button>
              {(host.canImport?.() !== false || host.importParsed) && (
                <ImportButton disabled={busy !== null} onFiles={(files) => void importFiles(files)} />
              )}
            </>
          }
        />
        <BuildSection
          building={busy === 'build'}
          disabled={busy !== null || summary === null || summary.dataSheets.length === 0 || disabledReason !== null}
          reason={disabledReason}
          progress={progress}
          outcome={outcome}
          error={buildError}
          periodName={outcome ? describedPeriod(outcome.result.period, locale) : undefined}
          onBuild={() => void build()}
        />
        {outcome && !buildError && (
          <ProblemsSection
            issues={outcome.result.issues}
            onSelect={select}
            teachDisabled={busy !== null}
            onTeach={(entry) => void changeDictionary(withEntry(dictionary, entry), '', entry)}
          />
        )}
        {outcome && !buildError && <SentencesSection tables={outcome.result.tables} convention={settings.convention} />}
        <DictionarySection
          dictionary={dictionary}
          disabled={busy !== null}
          onChange={(next) => void changeDictionary(next, '')}
          onImport={importDictionary}
        />
        <SettingsSection
          settings={settings}
          defaultNames={props.defaultNames ?? REPORT_SHEETS}
          onChange={updateSettings}
        />
        {host.selfTest && <SelfTestSection run={host.selfTest} disabled={busy !== null} />}
      </main>
    </LanguageContext.Provider>
  );
}

/** A period code in words, or the code itself when the core cannot read it. */
function describedPeriod(code: string, locale: Locale): string {
  const read = readPeriodInput(code, locale);
  return read.state === 'valid' ? read.description : code;
}

/** A set with `item` present or absent. */
function toggled(set: ReadonlySet<string>, item: string, present: boolean): ReadonlySet<string> {
  const next = new Set(set);
  if (present) next.add(item);
  else next.delete(item);
  return next;
}
