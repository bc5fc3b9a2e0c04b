import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { SelfTestLine } from '../host';
import { Section } from './Section';
import { useLanguage } from './strings';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, width: '100%' },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The table as tab-separated text, to paste into an e-mail or a sheet. */
export function selfTestTable(lines: SelfTestLine[]): string {
  return lines.map((l) => `${l.check}\t${l.ok === null ? '–' : l.ok ? 'OK' : 'FAIL'}\t${l.detail}`).join('\n');
}

/**
 * The environment check (Kiểm tra môi trường), with the settings: runs the host's self-test and
 * shows its table, which a person can copy and send.
 */
export function SelfTestSection(props: { run: () => Promise<SelfTestLine[]>; disabled: boolean }) {
  const { t } = useLanguage();
  const styles = useStyles();
  const [lines, setLines] = useState<SelfTestLine[] | null>(null);
  const [running, setRunning] = useState(false);
  const [copied, setCopied] = useState(false);
  const run = async () => {
    setRunning(true);
    setCopied(false);
    try {
      setLines(await props.run());
    } catch (e) {
      setLines([{ check: 'selfTest', ok: false, detail: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setRunning(false);
    }
  };
  const copy = async () => {
    if (!lines) return;
    try {
      await navigator.clipboard.writeText(selfTestTable(lines));
      setCopied(true);
    } catch {
      // Clipboard refused (some hosts): the table stays selectable.
      setCopied(false);
    }
  };
  return (
    <Section id="self-test" title={t('selfTestHeading')}>
      <Caption1 className={styles.muted}>{t('selfTestHint')}</Caption1>
      <div className={styles.actions}>
        <Button size="small" disabled={props.disabled || running} onClick={() => void run()} data-testid="self-test-run">
          {running ? t('selfTestRunning') : t('selfTestRun')}
        </Button>
        {lines && (
          <Button size="small" appearance="subtle" onClick={() => void copy()} data-testid="self-test-copy">
            {t('selfTestCopy')}
          </Button>
        )}
        {copied && <Caption1>{t('selfTestCopied')}</Caption1>}
      </div>
      {lines && (
        <table className={styles.table} data-testid="self-test-table">
          <thead>
            <tr>
              <th className={styles.cell}>{t('selfTestCheck')}</th>
              <th className={styles.cell}>{t('selfTestResult')}</th>
              <th className={styles.cell}>{t('selfTestDetail')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.check} data-ok={String(l.ok)}>
                <td className={styles.cell}>{l.check}</td>
                <td className={`${styles.cell} ${l.ok === false ? styles.bad : ''}`}>
                  {l.ok === null ? '–' : l.ok ? 'OK' : 'FAIL'}
                </td>
                <td className={styles.cell}>{l.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Section>
  );
}
