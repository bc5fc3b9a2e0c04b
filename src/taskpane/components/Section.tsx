import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minHeight: '28px' },
  title: { flexGrow: 1 },
});

/** A titled block of the pane, with optional actions at the right of its title. */
export function Section(props: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-section={props.id}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={headingId} className={styles.title}>
          {props.title}
        </Subtitle2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}
