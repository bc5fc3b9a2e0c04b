import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { type Convention, type StandardTable, reportSentences } from '../../core';
import { Section } from './Section';
import { useLanguage } from './strings';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    userSelect: 'text',
  },
  sentence: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The report's sentences for the last build (câu văn báo cáo, issue 5), one per table row, with a
 * button that copies them all. The sentences come from the core, in the pane's language.
 */
export function SentencesSection(props: { tables: readonly StandardTable[]; convention: Convention }) {
  const { t, locale } = useLanguage();
  const styles = useStyles();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const sentences = reportSentences({ tables: [...props.tables] }, locale, props.convention);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(sentences.join('\n'));
      setCopied('yes');
    } catch {
      // Office on the web may refuse the clipboard to an add-in; the sheet holds the same sentences.
      setCopied('failed');
    }
  };
  return (
    <Section
      id="sentences"
      title={t('sentencesHeading')}
      actions={
        <Button size="small" appearance="subtle" onClick={() => void copy()} data-testid="copy-sentences">
          {t('sentencesCopy')}
        </Button>
      }
    >
      <Caption1 className={styles.muted}>
        {copied === 'yes' ? t('sentencesCopied') : copied === 'failed' ? t('sentencesCopyFailed') : t('sentencesHint')}
      </Caption1>
      <ul className={styles.list} data-testid="sentences">
        {sentences.map((sentence, i) => (
          <li key={i} className={styles.sentence}>
            {sentence}
          </li>
        ))}
      </ul>
    </Section>
  );
}
