import { Caption1, Field, Input, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { PeriodInput } from '../period';
import { Section } from './Section';
import { useLanguage } from './strings';

const useStyles = makeStyles({
  detected: { color: tokens.colorNeutralForeground3 },
  reset: { fontSize: 'inherit', lineHeight: 'inherit' },
});

/** The period to build: prefilled with the period the submissions state, editable. */
export function PeriodSection(props: {
  text: string;
  input: PeriodInput;
  detected: { code: string; description: string } | null;
  onChange: (text: string) => void;
}) {
  const { t } = useLanguage();
  const styles = useStyles();
  const { input, detected } = props;
  const edited = detected !== null && props.text.trim() !== detected.code;
  return (
    <Section id="period" title={t('periodHeading')}>
      <Field
        label={t('periodLabel')}
        size="small"
        validationState={input.state === 'invalid' ? 'error' : 'none'}
        validationMessage={input.state === 'invalid' ? input.message : undefined}
        hint={
          input.state === 'valid'
            ? edited
              ? input.description
              : `${input.description} · ${t('periodFromSubmissions')}`
            : t('periodHint')
        }
      >
        <Input
          size="small"
          value={props.text}
          placeholder={t('periodHint')}
          onChange={(_, data) => props.onChange(data.value)}
          data-testid="period-input"
        />
      </Field>
      {(edited || !detected) && (
        <Caption1 className={styles.detected} data-testid="period-detected">
          {detected
            ? t('periodDetected', { period: `${detected.code} (${detected.description})` })
            : t('periodNoneDetected')}
          {edited && (
            <>
              {' · '}
              <Link as="button" className={styles.reset} onClick={() => props.onChange(detected.code)}>
                {t('periodReset')}
              </Link>
            </>
          )}
        </Caption1>
      )}
    </Section>
  );
}
