import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Badge,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CellRef, Issue, Severity, DictionaryEntry } from '../../core';
import { TeachAnswer } from './DictionarySection';
import type { StringKey } from '../../i18n';
import { groupBySeverity, issuePlace, issueTarget } from '../view';
import { Section } from './Section';
import { useLanguage } from './strings';

const severityTitle: Record<Severity, StringKey> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};
const severityColor: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  problem: {
    display: 'flex',
    flexDirection: 'column',
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: 'default', ':hover': { backgroundColor: 'transparent' } },
  place: { color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase100 },
  headerText: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  panel: { marginInline: 0 },
});

/** The problems of the last build, by severity; a click or Enter selects a problem's source cell. */
export function ProblemsSection(props: {
  issues: readonly Issue[];
  onSelect: (ref: CellRef) => void;
  /** Teaches the dictionary the answer picked under a "not understood" problem (and rebuilds). */
  onTeach?: (entry: DictionaryEntry) => void;
  teachDisabled?: boolean;
}) {
  const { t } = useLanguage();
  const styles = useStyles();
  const groups = groupBySeverity(props.issues);
  return (
    <Section id="problems" title={t('problemsHeading')}>
      {groups.length === 0 ? (
        <Caption1 className={styles.muted}>{t('problemsNone')}</Caption1>
      ) : (
        <Accordion
          multiple
          collapsible
          defaultOpenItems={groups.filter((g) => g.severity !== 'info').map((g) => g.severity)}
        >
          {groups.map((group) => (
            <AccordionItem key={group.severity} value={group.severity} data-severity={group.severity}>
              <AccordionHeader size="small">
                <span className={styles.headerText}>
                  {t(severityTitle[group.severity])}
                  <Badge
                    size="small"
                    appearance={group.severity === 'info' ? 'tint' : 'filled'}
                    color={severityColor[group.severity]}
                  >
                    {group.issues.length}
                  </Badge>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ul className={styles.list}>
                  {group.issues.map((issue, i) => (
                    <li key={i}>
                      <ProblemItem issue={issue} onSelect={props.onSelect} />
                      {props.onTeach && (
                        <TeachAnswer issue={issue} onTeach={props.onTeach} disabled={props.teachDisabled} />
                      )}
                    </li>
                  ))}
                </ul>
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </Section>
  );
}

function ProblemItem(props: { issue: Issue; onSelect: (ref: CellRef) => void }) {
  const { t } = useLanguage();
  const styles = useStyles();
  const target = issueTarget(props.issue);
  const place = props.issue.sheet ? issuePlace(props.issue) : props.issue.file;
  const body = (
    <>
      <span>{props.issue.message}</span>
      {place && <span className={styles.place}>{place}</span>}
    </>
  );
  if (!target) return <div className={mergeClasses(styles.problem, styles.static)}>{body}</div>;
  // A native button: focusable, and Enter / Space activate it without extra handlers.
  return (
    <button
      type="button"
      className={styles.problem}
      onClick={() => props.onSelect(target)}
      title={t('goToCell', { where: props.issue.cell ? issuePlace(props.issue) : t('wholeSheet') })}
      data-testid="problem"
      data-cell={`${target.sheet}!${target.cell}`}
    >
      {body}
    </button>
  );
}
