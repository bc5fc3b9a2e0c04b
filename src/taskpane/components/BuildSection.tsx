import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  tokens,
} from '@fluentui/react-components';
import { figuresLine } from '../../core';
import type { StringKey } from '../../i18n';
import type { BuildOutcome } from '../host';
import { useLanguage } from './strings';

/** Progress of a running build as the adapter reports it. */
export interface Progress {
  done: number;
  total: number;
  what: string;
}

/** Words for the adapter's build steps; a step not listed is shown as the adapter names it. */
const stepNames = new Map<string, StringKey>([
  ['list', 'stepList'],
  ['read', 'stepRead'],
  ['build', 'stepBuild'],
  ['write', 'stepWrite'],
  ['done', 'stepDone'],
]);

const useStyles = makeStyles({
  block: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
  },
});

/** The Build tables button (Tạo biểu), its progress bar and what the last build wrote. */
export function BuildSection(props: {
  building: boolean;
  disabled: boolean;
  /** Why the button is off, when a person can do something about it. */
  reason: string | null;
  progress: Progress | null;
  outcome: BuildOutcome | null;
  error: string | null;
  /** The built period in words ("9 tháng đầu năm 2015"), when known. */
  periodName?: string;
  onBuild: () => void;
}) {
  const { t, locale } = useLanguage();
  const styles = useStyles();
  const { progress, outcome } = props;
  return (
    <div className={styles.block} data-section="build">
      <Button appearance="primary" disabled={props.disabled} onClick={props.onBuild} data-testid="build">
        {props.building ? t('building') : t('buildButton')}
      </Button>
      {props.reason && !props.building && <Caption1>{props.reason}</Caption1>}
      {props.building && (
        <Field
          validationMessage={
            progress
              ? t('progress', {
                  done: progress.done,
                  total: progress.total,
                  what: stepNames.has(progress.what) ? t(stepNames.get(progress.what) as StringKey) : progress.what,
                })
              : t('building')
          }
          validationState="none"
        >
          <ProgressBar
            thickness="large"
            value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
            aria-label={t('building')}
            data-testid="progress"
          />
        </Field>
      )}
      {props.error && (
        <MessageBar intent="error" data-testid="build-error">
          <MessageBarBody>{t('buildFailed', { message: props.error })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && !props.building && !props.error && (
        <MessageBar intent="success" data-testid="build-done">
          <MessageBarBody>
            {t('buildDone', { period: props.periodName ?? outcome.result.period, sheets: outcome.written.length })}
            {outcome.result.figures && (
              <div data-testid="build-figures">{figuresLine(outcome.result.figures, locale)}</div>
            )}
            {outcome.written
              .filter((w) => w.sheet !== w.requested)
              .map((w) => (
                <div key={w.sheet}>{t('writtenAs', w)}</div>
              ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
