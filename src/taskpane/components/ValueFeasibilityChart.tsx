/**
 * The CFO's chart in the pane: business value against technical feasibility, a bubble per use
 * case sized by its budget. The engine draws it once as a scene; the pane shows that scene's
 * SVG, so the picture here and the one in the Summary sheet cannot disagree.
 */
import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import {
  chartPointsOf,
  sceneToSvg,
  valueFeasibilitySceneOf,
  type ChartSize,
  type ScoringResult,
} from "../../core";

/** The pane's width (320–350 px less its padding); drawn at this size, scaled down below it. */
export const PANE_CHART_SIZE: ChartSize = { width: 320, height: 320 };

const useStyles = makeStyles({
  chart: {
    maxWidth: `${PANE_CHART_SIZE.width}px`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
    // The SVG carries its own width and height; its viewBox lets it shrink with a narrow pane.
    "& svg": { display: "block", width: "100%", height: "auto" },
  },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface ValueFeasibilityChartProps {
  readonly result: ScoringResult;
}

export function ValueFeasibilityChart({ result }: ValueFeasibilityChartProps) {
  const styles = useStyles();
  const { scene, svg, notDrawn } = useMemo(() => {
    const drawn = valueFeasibilitySceneOf(result, PANE_CHART_SIZE);
    return {
      scene: drawn,
      svg: sceneToSvg(drawn),
      notDrawn: chartPointsOf(result.ranked).notDrawn,
    };
  }, [result]);

  return (
    <>
      <div
        role="img"
        aria-label={scene.description}
        className={styles.chart}
        // Safe: sceneToSvg (src/core/chartScene.ts) builds the SVG from numbers and fixed markup,
        // and passes every text from the sheet (names, ids, tooltips) through escapeXml.
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      {notDrawn.length > 0 && (
        <Text size={200} className={styles.note}>
          Not drawn, no budget:{" "}
          {notDrawn.map(({ useCase }) => `${useCase.id} ${useCase.name}`).join(", ")}.
        </Text>
      )}
    </>
  );
}
