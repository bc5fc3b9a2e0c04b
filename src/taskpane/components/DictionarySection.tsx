import { Button, Caption1, makeStyles, Select, tokens, Tooltip } from '@fluentui/react-components';
import { useRef } from 'react';
import {
  answerChoices,
  answerLabel,
  DICTIONARY_SHEET,
  suggestEntry,
  writeDictionaryCsv,
  type Dictionary,
  type DictionaryEntry,
  type EntryKind,
  type Issue,
} from '../../core';
import type { StringKey } from '../../i18n';
import { Section } from './Section';
import { useLanguage } from './strings';

const kindTitle: Record<EntryKind, StringKey> = {
  indicator: 'dictionaryKindIndicator',
  role: 'dictionaryKindRole',
  unit: 'dictionaryKindUnit',
  enterprise: 'dictionaryKindEnterprise',
};

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  entry: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  word: { overflowWrap: 'anywhere' },
  kind: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, marginInlineEnd: '4px' },
  answer: { gridColumn: '1 / span 2' },
  muted: { color: tokens.colorNeutralForeground3 },
  teach: { paddingInline: tokens.spacingHorizontalS, paddingBottom: tokens.spacingVerticalXS },
});

/** An entry made from a choice: the answer (and, for a unit, no multiplier: the unit table has "nghìn …" rows). */
export function entryFrom(kind: EntryKind, word: string, answer: string): DictionaryEntry {
  return { kind, word, answer } as DictionaryEntry;
}

/**
 * Under a "not understood" problem (a row, a column header, a unit, an enterprise): a dropdown of
 * the answers in the person's language; choosing one teaches it (adds the entry and rebuilds).
 * Nothing for a problem no entry would resolve.
 */
export function TeachAnswer(props: { issue: Issue; onTeach: (entry: DictionaryEntry) => void; disabled?: boolean }) {
  const { t, locale } = useLanguage();
  const styles = useStyles();
  const suggestion = suggestEntry(props.issue, undefined, locale);
  if (!suggestion) return null;
  const { kind, word } = suggestion;
  return (
    <div className={styles.teach}>
      <Select
        size="small"
        value=""
        disabled={props.disabled}
        aria-label={t('dictionaryTeach', { word })}
        data-testid="teach"
        data-kind={kind}
        onChange={(_, data) => {
          if (data.value) props.onTeach(entryFrom(kind, word, data.value));
        }}
      >
        <option value="">{t('dictionaryTeach', { word })}</option>
        {answerChoices(kind, locale).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Offers the CSV as a download named tu-dien.csv (UTF-8 with a BOM, so Excel reads the Vietnamese). */
function download(dictionary: Dictionary, locale: 'vi' | 'en'): void {
  const blob = new Blob(['\uFEFF' + writeDictionaryCsv(dictionary, locale)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = locale === 'en' ? 'dictionary.csv' : 'tu-dien.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The office's dictionary (Từ điển của đơn vị): every entry with its answer, which a person can
 * change or remove; CSV import (merged in, malformed lines reported) and export.
 */
export function DictionarySection(props: {
  dictionary: Dictionary;
  disabled: boolean;
  /** Any change: the new dictionary (the App rebuilds with it, which keeps it in the workbook). */
  onChange: (next: Dictionary) => void;
  /** A CSV file chosen for import: its name and text. */
  onImport: (file: string, text: string) => void;
}) {
  const { t, locale } = useLanguage();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { entries } = props.dictionary;
  const replace = (index: number, answer: string) =>
    props.onChange({
      entries: entries.map((e, i) => (i === index ? entryFrom(e.kind, e.word, answer) : e)),
    });
  const remove = (index: number) => props.onChange({ entries: entries.filter((_, i) => i !== index) });
  return (
    <Section
      id="dictionary"
      title={t('dictionaryHeading')}
      actions={
        <>
          <Button
            size="small"
            appearance="subtle"
            disabled={props.disabled}
            onClick={() => input.current?.click()}
            data-testid="dictionary-import"
          >
            {t('dictionaryImport')}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            disabled={entries.length === 0}
            onClick={() => download(props.dictionary, locale)}
            data-testid="dictionary-export"
          >
            {t('dictionaryExport')}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".csv,text/csv"
            hidden
            data-testid="dictionary-input"
            onChange={async (e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) props.onImport(file.name, await file.text());
            }}
          />
        </>
      }
    >
      <Caption1 className={styles.muted}>{t('dictionaryHint', { sheet: DICTIONARY_SHEET })}</Caption1>
      {entries.length === 0 ? (
        <Caption1 className={styles.muted}>{t('dictionaryNone')}</Caption1>
      ) : (
        <ul className={styles.list} data-testid="dictionary-entries">
          {entries.map((entry, index) => (
            <li
              key={`${entry.kind}|${entry.word}`}
              className={styles.entry}
              data-kind={entry.kind}
              data-word={entry.word}
              data-answer={entry.answer}
            >
              <span className={styles.word}>
                <span className={styles.kind}>{t(kindTitle[entry.kind])}</span>
                {entry.word}
              </span>
              <Tooltip content={t('dictionaryRemove', { word: entry.word })} relationship="label">
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={props.disabled}
                  onClick={() => remove(index)}
                  data-testid="dictionary-remove"
                >
                  ✕
                </Button>
              </Tooltip>
              <Select
                size="small"
                className={styles.answer}
                value={entry.answer}
                disabled={props.disabled}
                aria-label={t('dictionaryAnswerFor', { word: entry.word })}
                data-testid="dictionary-answer"
                onChange={(_, data) => replace(index, data.value)}
              >
                {withCurrent(entry, locale).map((c) => (
                  <option key={c.value} value={c.value}>
                    {c.label}
                  </option>
                ))}
              </Select>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

/** The answers offered for an entry, its own first when the list lacks it (a unit × 50, an own group). */
function withCurrent(entry: DictionaryEntry, locale: 'vi' | 'en'): { value: string; label: string }[] {
  const choices = answerChoices(entry.kind, locale);
  const own = entry.kind === 'unit' && entry.multiplier && entry.multiplier !== 1;
  if (!own && choices.some((c) => c.value === entry.answer)) return choices;
  return [
    { value: entry.answer, label: answerLabel(entry, locale) },
    ...choices.filter((c) => c.value !== entry.answer),
  ];
}
