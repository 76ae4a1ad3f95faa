/** Styles the pane's lists share, so one change of spacing reaches them all. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useListStyles = makeStyles({
  /** Items one under another, a small gap apart: the pairwise judgements, the portfolio view. */
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});
