import { Caption1, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import type { Convention } from '../../core/model';
import type { StringKey } from '../../i18n';
import type { OutputKind } from '../host';
import { Section } from './Section';
import { useLanguage } from './strings';

/** What a person can set: how "so với cùng kỳ" is shown and where the results go. */
export interface PaneSettings {
  convention: Convention;
  sheetNames: Partial<Record<OutputKind, string>>;
}

const conventions: { value: Convention; label: StringKey }[] = [
  { value: 'change', label: 'conventionChange' },
  { value: 'ratio', label: 'conventionRatio' },
  { value: 'index', label: 'conventionIndex' },
];

const outputs: { kind: OutputKind; label: StringKey }[] = [
  { kind: 'tables', label: 'outputTables' },
  { kind: 'breakdown', label: 'outputBreakdown' },
  { kind: 'checks', label: 'outputChecks' },
];

const useStyles = makeStyles({
  outputs: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1.3fr)',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Settings: the comparison convention and the names of the sheets the build writes. */
export function SettingsSection(props: {
  settings: PaneSettings;
  defaultNames: Partial<Record<OutputKind, string>>;
  onChange: (settings: PaneSettings) => void;
}) {
  const { t } = useLanguage();
  const styles = useStyles();
  const { settings } = props;
  return (
    <Section id="settings" title={t('settingsHeading')}>
      <Field label={t('conventionLabel')} size="small">
        <Select
          size="small"
          value={settings.convention}
          onChange={(_, data) => props.onChange({ ...settings, convention: data.value as Convention })}
          data-testid="convention"
        >
          {conventions.map((c) => (
            <option key={c.value} value={c.value}>
              {t(c.label)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('outputLabel')} size="small" hint={t('outputHint')}>
        <div className={styles.outputs}>
          {outputs.map((o) => (
            <OutputName
              key={o.kind}
              label={t(o.label)}
              value={settings.sheetNames[o.kind] ?? ''}
              placeholder={props.defaultNames[o.kind] ?? ''}
              onChange={(value) =>
                props.onChange({ ...settings, sheetNames: { ...settings.sheetNames, [o.kind]: value } })
              }
            />
          ))}
        </div>
      </Field>
    </Section>
  );
}

function OutputName(props: { label: string; value: string; placeholder: string; onChange: (value: string) => void }) {
  const styles = useStyles();
  return (
    <>
      <Caption1 className={styles.muted}>{props.label}</Caption1>
      <Input
        size="small"
        value={props.value}
        placeholder={props.placeholder}
        aria-label={props.label}
        onChange={(_, d) => props.onChange(d.value)}
      />
    </>
  );
}
