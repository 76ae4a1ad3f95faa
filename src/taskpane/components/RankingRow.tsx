/** One row of the session view's ranking (./RankingSection.tsx). */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { memo } from "react";

export const useRankingRowStyles = makeStyles({
  item: {
    display: "grid",
    gridTemplateColumns: "30px minmax(0, 1fr) 38px",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingBlock: "3px",
    paddingInline: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    // Rows scrolled out of the list's view are not laid out or painted at each slider step:
    // the browser keeps their last size and skips them until they scroll into view.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 40px",
  },
  rankCell: { display: "flex", flexDirection: "column", alignItems: "flex-end", lineHeight: 1.1 },
  rank: {
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
  up: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase100 },
  down: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase100 },
  main: { display: "flex", flexDirection: "column", minWidth: 0, gap: "1px" },
  titleLine: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  id: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    flexShrink: 0,
    fontVariantNumeric: "tabular-nums",
  },
  name: {
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    minWidth: 0,
  },
  // Badges as Fluent's small tint badges look, drawn as plain spans (see RankingRow).
  badge: {
    flexShrink: 0,
    fontSize: tokens.fontSizeBase100,
    lineHeight: "14px",
    paddingInline: "4px",
    borderRadius: tokens.borderRadiusMedium,
  },
  governance: {
    color: tokens.colorPaletteDarkOrangeForeground2,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  contested: {
    color: tokens.colorPaletteRedForeground2,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  meta: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  // A bordered track and a filled bar: both stay visible in Windows high contrast.
  bar: {
    flexGrow: 1,
    minWidth: "40px",
    height: "6px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  fill: {
    display: "block",
    height: "100%",
    backgroundColor: tokens.colorBrandBackground,
    "@media (forced-colors: active)": { backgroundColor: "Highlight", forcedColorAdjust: "none" },
  },
  where: {
    flexShrink: 0,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  off: { color: tokens.colorPaletteDarkOrangeForeground1 },
  score: {
    fontSize: tokens.fontSizeBase200,
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface RankingRowProps {
  readonly styles: ReturnType<typeof useRankingRowStyles>;
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  readonly score: number;
  readonly scoreText: string;
  readonly moved: number | undefined;
  readonly tied: boolean;
  readonly governance: boolean;
  readonly contested: boolean;
  /** Its range of ranks in the stability draws, and the sentence saying it in full. */
  readonly stability?: { readonly text: string; readonly sentence: string };
  readonly notFunded?: string;
  readonly starts?: string;
  readonly off?: { readonly short: string; readonly why: string };
}

/**
 * One ranked use case, in plain elements: a drag redraws up to a hundred of these at every
 * frame, and a row made of Fluent components costs several times as much. A row whose props
 * did not change is not drawn again.
 */
export const RankingRow = memo(function RankingRow(props: RankingRowProps) {
  const { styles, rank, moved, stability, off } = props;
  return (
    <li className={styles.item} data-testid="preview-item">
      <span className={styles.rankCell}>
        <span className={styles.rank}>{rank}</span>
        {moved !== undefined && (
          <span
            className={moved > 0 ? styles.up : styles.down}
            aria-label={`moved ${moved > 0 ? "up" : "down"} ${Math.abs(moved)}`}
          >
            {moved > 0 ? "▲" : "▼"}
            {Math.abs(moved)}
          </span>
        )}
      </span>
      <span className={styles.main}>
        <span className={styles.titleLine}>
          <span className={styles.id}>{props.id}</span>
          <span className={styles.name} title={props.name}>
            {props.name}
          </span>
          {props.governance && (
            <span className={mergeClasses(styles.badge, styles.governance)}>governance</span>
          )}
          {props.contested && (
            <span className={mergeClasses(styles.badge, styles.contested)}>contested</span>
          )}
        </span>
        <span className={styles.meta}>
          <span className={styles.bar} aria-hidden>
            <span className={styles.fill} style={{ width: `${props.score}%` }} />
          </span>
          {props.tied && (
            <span
              className={styles.where}
              title="Same score as a neighbour: ordered by the tie-break rules"
            >
              tied
            </span>
          )}
          {stability && (
            <span
              className={styles.where}
              aria-label={stability.sentence}
              title={stability.sentence}
            >
              {stability.text}
            </span>
          )}
          {props.notFunded !== undefined && (
            <span className={mergeClasses(styles.where, styles.off)}>
              not funded: {props.notFunded}
            </span>
          )}
          {props.starts !== undefined && <span className={styles.where}>{props.starts}</span>}
          {off && (
            <span
              className={mergeClasses(styles.where, styles.off)}
              title={off.why}
              aria-label={`off the roadmap: ${off.why}`}
            >
              off: {off.short}
            </span>
          )}
        </span>
      </span>
      <span className={styles.score} aria-label={`score ${props.scoreText}`}>
        {props.scoreText}
      </span>
    </li>
  );
});
