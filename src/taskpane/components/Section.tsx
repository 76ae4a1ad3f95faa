/** A numbered step of the pane: a heading, an optional hint, and its content. */
import { makeStyles, mergeClasses, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // At 270 px a section's switch (the weights' tabs) goes under its title rather than past the edge.
  heading: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  aside: { marginInlineStart: "auto" },
  number: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface SectionProps {
  readonly step: number;
  readonly title: string;
  readonly hint?: string;
  /** Beside the heading, at its end: a small switch that belongs to the whole section. */
  readonly aside?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

export function Section({ step, title, hint, aside, className, children }: SectionProps) {
  const styles = useStyles();
  const headingId = `section-${step}`;
  return (
    <section className={mergeClasses(styles.section, className)} aria-labelledby={headingId}>
      <div className={styles.heading}>
        <span className={styles.number} aria-hidden>
          {step}
        </span>
        <Subtitle2 as="h2" id={headingId}>
          {title}
        </Subtitle2>
        {aside && <div className={styles.aside}>{aside}</div>}
      </div>
      {hint && (
        <Text size={200} className={styles.hint}>
          {hint}
        </Text>
      )}
      {children}
    </section>
  );
}
