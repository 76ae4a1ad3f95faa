/**
 * Weights from comparing the axes two at a time (AHP): six judgements on Saaty's scale, the
 * weights they imply, and how consistent they are.
 */
import {
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  AXIS_LABELS,
  AXIS_PAIRS,
  CONSISTENCY_LIMIT,
  weightsFromPairwise,
  type Axis,
} from "../../core";
import { useNumberFormat } from "../culture";
import { useListStyles } from "./listStyles";

const SHORT: Readonly<Record<Axis, string>> = {
  value: "Value",
  feasibility: "Feasibility",
  dataReadiness: "Data",
  regulatoryRisk: "Low risk",
};

/** Saaty's scale from "first much more important" to "second much more important". */
const SCALE: readonly number[] = [9, 7, 5, 3, 2, 1, 1 / 2, 1 / 3, 1 / 5, 1 / 7, 1 / 9];

export const EQUAL_JUDGEMENTS: readonly number[] = [1, 1, 1, 1, 1, 1];

function optionLabel(first: Axis, second: Axis, judgement: number): string {
  if (judgement === 1) return "Equally important";
  return judgement > 1
    ? `${SHORT[first]} ${judgement}× more important`
    : `${SHORT[second]} ${Math.round(1 / judgement)}× more important`;
}

function optionValue(judgement: number): string {
  return judgement >= 1 ? String(judgement) : `1/${Math.round(1 / judgement)}`;
}

function judgementOf(value: string): number {
  const [numerator = "1", denominator = "1"] = value.split("/");
  return Number(numerator) / Number(denominator);
}

/** The nearest point of the scale, so a judgement typed elsewhere still shows. */
function nearestOnScale(judgement: number): number {
  return SCALE.reduce((best, candidate) =>
    Math.abs(Math.log(candidate / judgement)) < Math.abs(Math.log(best / judgement))
      ? candidate
      : best,
  );
}

const useStyles = makeStyles({
  shares: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
    fontVariantNumeric: "tabular-nums",
  },
});

export interface PairwiseComparisonProps {
  readonly judgements: readonly number[];
  readonly onChange: (judgements: number[]) => void;
}

export function PairwiseComparison({ judgements, onChange }: PairwiseComparisonProps) {
  const styles = useStyles();
  const list = useListStyles();
  const { number } = useNumberFormat();
  const result = weightsFromPairwise(judgements);
  return (
    <div className={list.column}>
      {AXIS_PAIRS.map((pair, index) => {
        const [first, second] = pair.axes;
        return (
          <Field
            key={pair.label}
            label={`${AXIS_LABELS[first]} vs ${AXIS_LABELS[second].toLowerCase()}`}
          >
            <Select
              size="small"
              value={optionValue(nearestOnScale(judgements[index] ?? 1))}
              onChange={(_, data) => {
                const next = [...judgements];
                next[index] = judgementOf(data.value);
                onChange(next);
              }}
            >
              {SCALE.map((judgement) => (
                <option key={judgement} value={optionValue(judgement)}>
                  {optionLabel(first, second, judgement)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <div className={styles.shares} aria-label="Weights from the comparisons">
        {(Object.keys(SHORT) as Axis[]).map((axis) => (
          <Text key={axis} size={200}>
            {SHORT[axis]} {Math.round(result.weights[axis] * 100)}%
          </Text>
        ))}
      </div>
      {result.consistencyRatio > CONSISTENCY_LIMIT ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{result.warning}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200}>
          Consistency ratio{" "}
          {number(result.consistencyRatio, { maximumFractionDigits: 3, minimumFractionDigits: 3 })}:
          consistent.
        </Text>
      )}
    </div>
  );
}
