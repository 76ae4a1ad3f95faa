/** Step 2: how much each axis counts, with presets; the preview follows every move. */
import {
  Button,
  Label,
  makeStyles,
  Slider,
  SpinButton,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  AXES,
  AXIS_LABELS,
  DEFAULT_WEIGHTS,
  normaliseWeights,
  readDigits,
  type Axis,
  type Weights,
} from "../../core";
import { EQUAL_JUDGEMENTS, PairwiseComparison } from "./PairwiseComparison";
import { Section } from "./Section";
import { useNumberFormat } from "../culture";

export const WEIGHT_PRESETS: readonly { readonly name: string; readonly weights: Weights }[] = [
  { name: "Balanced", weights: DEFAULT_WEIGHTS },
  {
    name: "Value first",
    weights: { value: 40, feasibility: 25, dataReadiness: 20, regulatoryRisk: 15 },
  },
  {
    name: "Risk averse",
    weights: { value: 20, feasibility: 20, dataReadiness: 20, regulatoryRisk: 40 },
  },
];

const useStyles = makeStyles({
  // One line an axis, so the four weights and the ranking below them share the screen.
  axis: {
    display: "grid",
    // The label gives way first, so the slider keeps a usable length at 270 px.
    gridTemplateColumns: "minmax(0, 0.6fr) minmax(64px, 1fr) 60px 34px",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  slider: { minWidth: 0 },
  spin: { width: "60px", minWidth: 0 },
  // Fluent draws a tick on the rail for every step: with step 1 on 0–100 that is 100 ticks, a
  // hatched rail at task-pane width. The box beside the slider shows the exact number.
  rail: { "::before": { backgroundImage: "none" } },
  share: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // The section's own gap, kept inside the tab panel.
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  presets: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** The label beside a slider: short, so a slider keeps its length at 350 px. */
const SHORT_LABELS: Readonly<Record<Axis, string>> = {
  value: "Value",
  feasibility: "Feasibility",
  dataReadiness: "Data",
  regulatoryRisk: "Risk",
};

export interface WeightsSectionProps {
  /** Its number among the pane's sections. */
  readonly step: number;
  readonly weights: Weights;
  readonly onChange: (weights: Weights) => void;
  /** Set while the weights come from comparing the axes in pairs. */
  readonly pairwise?: readonly number[];
  readonly onPairwise: (judgements: number[] | undefined) => void;
}

export function WeightsSection({
  step,
  weights,
  onChange,
  pairwise,
  onPairwise,
}: WeightsSectionProps) {
  const styles = useStyles();
  const { number, culture } = useNumberFormat();
  const mode = pairwise ? "pairs" : "sliders";
  const modes = (
    <TabList
      size="small"
      selectedValue={mode}
      onTabSelect={(_, data) =>
        onPairwise(data.value === "pairs" ? [...EQUAL_JUDGEMENTS] : undefined)
      }
      aria-label="How to set the weights"
    >
      <Tab value="sliders" id="weights-tab-sliders" aria-controls="weights-panel">
        Sliders
      </Tab>
      <Tab value="pairs" id="weights-tab-pairs" aria-controls="weights-panel">
        Compare in pairs
      </Tab>
    </TabList>
  );
  if (pairwise) {
    return (
      <Section
        step={step}
        title="Weights"
        hint="Which of each two matters more, and by how much."
        aside={modes}
      >
        <div role="tabpanel" id="weights-panel" aria-labelledby="weights-tab-pairs">
          <PairwiseComparison judgements={pairwise} onChange={onPairwise} />
        </div>
      </Section>
    );
  }
  const total = AXES.reduce((sum, axis) => sum + weights[axis], 0);
  const shares = total > 0 ? normaliseWeights(weights) : undefined;
  const set = (axis: Axis, value: number): void => {
    const next = { ...weights, [axis]: Math.max(0, Math.min(100, Math.round(value))) };
    // At least one axis must count; the last weight cannot go to zero.
    if (AXES.some((a) => next[a] > 0)) onChange(next);
  };

  return (
    <Section
      step={step}
      title="Weights"
      hint="Risk counts in reverse: lower risk scores higher."
      aside={modes}
    >
      <div
        role="tabpanel"
        id="weights-panel"
        aria-labelledby="weights-tab-sliders"
        className={styles.panel}
      >
        {AXES.map((axis) => {
          const id = `weight-${axis}`;
          return (
            <div key={axis} className={styles.axis}>
              <Label htmlFor={id} size="small" className={styles.label} weight="semibold">
                {SHORT_LABELS[axis]}
              </Label>
              <Slider
                id={id}
                aria-label={AXIS_LABELS[axis]}
                className={styles.slider}
                rail={{ className: styles.rail }}
                min={0}
                max={100}
                step={1}
                value={weights[axis]}
                onChange={(_, data) => set(axis, data.value)}
              />
              <SpinButton
                className={styles.spin}
                size="small"
                aria-label={`${AXIS_LABELS[axis]} weight`}
                min={0}
                max={100}
                value={weights[axis]}
                displayValue={number(weights[axis])}
                onChange={(_, data) => {
                  // Typed text is read as numbers written as text are, in the workbook's culture
                  // (`12,5` in a German workbook); the box then shows the weight it took.
                  const typed =
                    data.displayValue === undefined
                      ? undefined
                      : readDigits(data.displayValue.trim(), culture.decimalSeparator);
                  const value = data.value ?? (typed?.kind === "number" ? typed.value : undefined);
                  if (value !== undefined && value !== null && Number.isFinite(value))
                    set(axis, value);
                }}
              />
              <Text
                size={200}
                className={styles.share}
                aria-label={`${AXIS_LABELS[axis]} share of the score`}
              >
                {shares ? `${number(shares[axis] * 100)}%` : "–"}
              </Text>
            </div>
          );
        })}
        <div className={styles.presets} role="group" aria-label="Weight presets">
          {WEIGHT_PRESETS.map((preset) => (
            <Button key={preset.name} size="small" onClick={() => onChange(preset.weights)}>
              {preset.name}
            </Button>
          ))}
          <Button size="small" appearance="subtle" onClick={() => onChange(DEFAULT_WEIGHTS)}>
            Reset
          </Button>
        </div>
      </div>
    </Section>
  );
}
