import { Caption1, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { DEFAULT_OUTLIER_THRESHOLD, isOutlierThreshold, type OutlierThreshold, type Convention } from '../../core';
import type { StringKey } from '../../i18n';
import type { OutputKind } from '../host';
import { Section } from './Section';
import { useLanguage } from './strings';

/** What a person can set: how "so với cùng kỳ" is shown and where the results go. */
export interface PaneSettings {
  convention: Convention;
  sheetNames: Partial<Record<OutputKind, string>>;
  /** When a change against the same period is suspect; absent means the build's default (+200%, −50%). */
  outlier?: OutlierThreshold;
  /** The province the report is about, named in the tables' titles; absent leaves the titles without one. */
  province?: string;
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
      <Field label={t('provinceLabel')} size="small" hint={t('provinceHint')}>
        <Input
          size="small"
          value={settings.province ?? ''}
          onChange={(_, data) => props.onChange({ ...settings, province: data.value })}
          data-testid="province"
        />
      </Field>
      <OutlierFields outlier={settings.outlier} onChange={(outlier) => props.onChange({ ...settings, outlier })} />
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

/** A percentage as typed in a field ("200", "37,5"), or null when it is not one. */
function typedPercent(text: string): number | null {
  const trimmed = text.trim().replace(/%$/, '').trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) / 100 : null;
}

const asPercent = (fraction: number) => String(Number((fraction * 100).toFixed(6)));

/**
 * The outlier threshold (ngưỡng bất thường) as two percentages, the rise and the fall; both blank
 * means the default. Only a threshold that makes sense reaches the settings; while the fields do
 * not make one, they say so and the last good threshold stays.
 */
function OutlierFields(props: {
  outlier?: OutlierThreshold;
  onChange: (outlier: OutlierThreshold | undefined) => void;
}) {
  const { t } = useLanguage();
  const styles = useStyles();
  const [rise, setRise] = useState(props.outlier ? asPercent(props.outlier.above) : '');
  const [fall, setFall] = useState(props.outlier ? asPercent(-props.outlier.below) : '');
  const update = (nextRise: string, nextFall: string) => {
    setRise(nextRise);
    setFall(nextFall);
    if (!nextRise.trim() && !nextFall.trim()) return props.onChange(undefined);
    const above = nextRise.trim() ? typedPercent(nextRise) : DEFAULT_OUTLIER_THRESHOLD.above;
    const fallen = nextFall.trim() ? typedPercent(nextFall) : -DEFAULT_OUTLIER_THRESHOLD.below;
    const threshold = { above, below: fallen === null ? null : -fallen };
    if (isOutlierThreshold(threshold)) props.onChange(threshold);
  };
  const riseValid = !rise.trim() || (typedPercent(rise) ?? 0) > 0;
  const fallPercent = typedPercent(fall);
  const fallValid = !fall.trim() || (fallPercent !== null && fallPercent > 0 && fallPercent < 1);
  return (
    <Field
      label={t('outlierLabel')}
      size="small"
      hint={t('outlierHint')}
      validationState={riseValid && fallValid ? 'none' : 'error'}
      validationMessage={riseValid && fallValid ? undefined : t('outlierInvalid')}
    >
      <div className={styles.outputs}>
        <Caption1 className={styles.muted}>{t('outlierRise')}</Caption1>
        <Input
          size="small"
          value={rise}
          placeholder={asPercent(DEFAULT_OUTLIER_THRESHOLD.above)}
          contentAfter="%"
          aria-label={t('outlierRise')}
          onChange={(_, d) => update(d.value, fall)}
          data-testid="outlier-rise"
        />
        <Caption1 className={styles.muted}>{t('outlierFall')}</Caption1>
        <Input
          size="small"
          value={fall}
          placeholder={asPercent(-DEFAULT_OUTLIER_THRESHOLD.below)}
          contentAfter="%"
          aria-label={t('outlierFall')}
          onChange={(_, d) => update(rise, d.value)}
          data-testid="outlier-fall"
        />
      </div>
    </Field>
  );
}
