import { Badge, Caption1, Checkbox, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Submission } from '../../core';
import type { ReadingSummary, SheetSummary } from '../view';
import { Section } from './Section';
import { useLanguage } from './strings';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  excluded: { opacity: 0.55 },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, flexGrow: 1, paddingTop: '5px' },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  enterprise: { flexGrow: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  details: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The submissions the reader found, one item per sheet with a box to leave it out. */
export function SubmissionsSection(props: {
  summary: ReadingSummary | null;
  excluded: ReadonlySet<string>;
  onToggle: (sheet: string, included: boolean) => void;
  actions: ReactNode;
}) {
  const { t } = useLanguage();
  const styles = useStyles();
  const { summary } = props;
  const count = summary?.dataSheets.reduce((n, s) => n + s.submissions.length, 0) ?? 0;
  return (
    <Section id="submissions" title={t('submissionsHeading')} actions={props.actions}>
      {summary === null ? (
        <Caption1 className={styles.muted}>{t('loading')}</Caption1>
      ) : summary.dataSheets.length === 0 ? (
        <Caption1 className={styles.muted}>{t('submissionsNone')}</Caption1>
      ) : (
        <>
          <Caption1 className={styles.muted}>
            {t('submissionsSummary', { count, sheets: summary.dataSheets.length })}
          </Caption1>
          <ul className={styles.list} data-testid="submissions">
            {summary.dataSheets.map((sheet) => (
              <SheetItem
                key={sheet.sheet}
                sheet={sheet}
                included={!props.excluded.has(sheet.sheet)}
                onToggle={(included) => props.onToggle(sheet.sheet, included)}
              />
            ))}
          </ul>
        </>
      )}
      {summary && summary.notData.length > 0 && (
        <Caption1 className={styles.muted} data-testid="not-data">
          {t('notDataHeading', { count: summary.notData.length })}: {summary.notData.join(', ')}
        </Caption1>
      )}
    </Section>
  );
}

function SheetItem(props: { sheet: SheetSummary; included: boolean; onToggle: (included: boolean) => void }) {
  const { t } = useLanguage();
  const styles = useStyles();
  const { sheet } = props;
  return (
    <li className={mergeClasses(styles.item, !props.included && styles.excluded)} data-sheet={sheet.sheet}>
      <Checkbox
        checked={props.included}
        onChange={(_, data) => props.onToggle(data.checked === true)}
        aria-label={t('includeSheet', { sheet: sheet.sheet })}
      />
      <div className={styles.body}>
        {sheet.submissions.map((s, i) => (
          <SubmissionLine key={i} submission={s} problems={i === 0 ? sheet.problems : 0} />
        ))}
        <Caption1 className={styles.details}>
          {props.included ? `“${sheet.sheet}”` : `“${sheet.sheet}” · ${t('excludedNote')}`}
        </Caption1>
      </div>
    </li>
  );
}

function SubmissionLine(props: { submission: Submission; problems: number }) {
  const { t } = useLanguage();
  const styles = useStyles();
  const s = props.submission;
  const details = [
    t(s.sector === 'telecom' ? 'sectorTelecom' : 'sectorPostal'),
    s.period ?? t('noPeriodStated'),
    t('rowsRecognised', { rows: s.rows }),
    ...(s.unrecognised > 0 ? [t('unrecognisedRows', { count: s.unrecognised })] : []),
  ];
  return (
    <>
      <div className={styles.line}>
        <Text weight="semibold" size={300} className={styles.enterprise} title={s.enterprise}>
          {s.enterprise}
        </Text>
        {s.correction && (
          <Badge size="small" appearance="tint" color="brand" title={t('correctionHint')}>
            {t('correction')}
          </Badge>
        )}
        {props.problems > 0 && (
          <Badge size="small" appearance="tint" color="warning">
            {t('problemsCount', { count: props.problems })}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.details}>{details.join(' · ')}</Caption1>
    </>
  );
}
