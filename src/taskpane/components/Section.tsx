import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '28px' },
  title: { flexGrow: 1, margin: 0 },
  actions: { flexShrink: 0, display: 'flex', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
});

/** A titled block of the pane, with optional actions at the right of its title. */
export function Section(props: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-section={props.id}>
      <div className={styles.header}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.title}>
          {props.title}
        </Text>
        {props.actions && <div className={styles.actions}>{props.actions}</div>}
      </div>
      {props.children}
    </section>
  );
}
