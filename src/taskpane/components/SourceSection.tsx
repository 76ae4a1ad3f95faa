/** Step 1: which sheet or table to read, and how its columns were understood. */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  DEFAULT_CULTURE,
  FIELD_LABELS,
  formatNumber,
  normaliseHeader,
  type NumberCulture,
  type Field as ScoreField,
  type HeaderOverrides,
  type HeaderRow,
  type HiddenRows,
  type RaterAggregate,
  type ReadResult,
} from "../../core";
import { useState } from "react";
import type { SourceChoice, SourceList } from "../../excel";
import { Section } from "./Section";
import { useCulture } from "../culture";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { flexGrow: 1, minWidth: 0 },
  // A native select is as wide as its longest option (the output sheets join the list once
  // written): without this it grows out of its field and over the Reload button.
  source: { minWidth: 0 },
  // Fluent's 96 px minimum would take width the sheet's name needs; the word fits in less.
  reload: { minWidth: "auto", flexShrink: 0 },
  mapping: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1.2fr)",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
  },
  header: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

const SEPARATOR = "\u0000";

function choiceKey(choice: SourceChoice | undefined): string {
  return choice ? `${choice.sheetName}${SEPARATOR}${choice.tableName ?? ""}` : "";
}

function choiceOfKey(key: string): SourceChoice {
  const [sheetName = "", tableName = ""] = key.split(SEPARATOR);
  return tableName === "" ? { sheetName } : { sheetName, tableName };
}

const MAPPABLE_FIELDS = Object.keys(FIELD_LABELS) as ScoreField[];

/** "3 rows hidden by a filter are included.", "1 hidden row is included." */
export function hiddenRowsSentence(
  { count, byFilter }: HiddenRows,
  culture: NumberCulture = DEFAULT_CULTURE,
): string {
  const one = count === 1;
  const number = formatNumber(count, culture);
  const rows = one ? "row" : "rows";
  const which = byFilter ? `${number} ${rows} hidden by a filter` : `${number} hidden ${rows}`;
  return `${which} ${one ? "is" : "are"} included.`;
}

export interface SourceSectionProps {
  /** Its number among the pane's sections, which the session view orders. */
  readonly step: number;
  readonly sources?: SourceList;
  readonly choice?: SourceChoice;
  readonly read?: ReadResult;
  readonly header?: HeaderRow;
  /** Rows of the source hidden in Excel: scored all the same, which a person should know. */
  readonly hiddenRows?: HiddenRows;
  readonly unusable?: string;
  readonly overrides: HeaderOverrides;
  readonly busy: boolean;
  readonly onChoose: (choice: SourceChoice) => void;
  readonly onReload: () => void;
  readonly scoresSheet?: string;
  readonly aggregate: RaterAggregate;
  readonly onChooseScores: (sheetName: string | undefined) => void;
  readonly onAggregate: (aggregate: RaterAggregate) => void;
  /** Names the column headed `header` for a field by hand (as `--map` does). */
  readonly onOverride: (header: string, field: HeaderOverrides[string] | undefined) => void;
}

export function SourceSection(props: SourceSectionProps) {
  const { sources, choice, read, header, hiddenRows, unusable, overrides, busy } = props;
  const styles = useStyles();
  const culture = useCulture();
  // Opened for a sheet that cannot be scored yet, and kept open once the person is mapping:
  // it must not snap shut under the pointer when the last column falls into place.
  // (State adjusted during render, React's pattern for state that follows a prop.)
  const [neededMapping, setNeededMapping] = useState(unusable !== undefined);
  if (unusable !== undefined && !neededMapping) setNeededMapping(true);
  const [toggled, setToggled] = useState<boolean>();
  const mappingOpen = toggled ?? neededMapping;
  const options = (sources?.sheets ?? []).flatMap((sheet) => [
    ...sheet.tables.map((table) => ({
      key: choiceKey({ sheetName: sheet.name, tableName: table }),
      label: `${sheet.name} — table ${table}`,
    })),
    {
      key: choiceKey({ sheetName: sheet.name }),
      label: sheet.ownRole ? `${sheet.name} (scorer output)` : sheet.name,
    },
  ]);
  // A header cell holding an Excel error is never a header, nor offered for mapping.
  const columns =
    header?.columns.filter((column) => column.header !== "" && !column.notAHeader) ?? [];

  return (
    <Section
      step={props.step}
      title="Source"
      hint="The sheet or table holding one use case per row."
    >
      <div className={styles.row}>
        <Field label="Sheet or table" className={styles.grow}>
          <Select
            className={styles.source}
            value={choiceKey(choice)}
            disabled={busy || options.length === 0}
            onChange={(_, data) => props.onChoose(choiceOfKey(data.value))}
          >
            {options.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
        {/* The visible word is the accessible name (WCAG 2.5.3): "click Reload" must work. */}
        <Button
          className={styles.reload}
          onClick={props.onReload}
          disabled={busy}
          title="Read the sheet again"
        >
          Reload
        </Button>
      </div>
      <div className={styles.row}>
        <Field
          label="Scores from"
          className={styles.grow}
          hint="Several raters: a sheet with Rater, ID, Axis and Score."
        >
          <Select
            value={props.scoresSheet ?? ""}
            disabled={busy}
            onChange={(_, data) => props.onChooseScores(data.value === "" ? undefined : data.value)}
          >
            <option value="">This sheet's score columns</option>
            {(sources?.sheets ?? [])
              .filter((sheet) => sheet.ownRole === undefined && sheet.name !== choice?.sheetName)
              .map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                </option>
              ))}
          </Select>
        </Field>
        {read?.hasRaters && (
          <Field label="Raters combined by">
            <Select
              value={props.aggregate}
              onChange={(_, data) => props.onAggregate(data.value === "mean" ? "mean" : "median")}
            >
              <option value="median">Median</option>
              <option value="mean">Mean</option>
            </Select>
          </Field>
        )}
      </div>
      {unusable && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {unusable}{" "}
            {header?.columns.some((column) => column.header !== "")
              ? "Map the columns below, or choose another sheet."
              : "It has no headers to map: choose another sheet, or type the use cases into this one under the headers listed."}
          </MessageBarBody>
        </MessageBar>
      )}
      {read && (
        <Text size={200}>
          Header on row {read.header.row}; {read.useCases.length + read.notScored.length} use cases
          below it.
        </Text>
      )}
      {read?.numbers && (
        <Text size={200}>
          Numbers written as text are read with &quot;{read.numbers.decimalSeparator}&quot; as the
          decimal separator ({read.numbers.declaredBy}).
        </Text>
      )}
      {read && hiddenRows && <Text size={200}>{hiddenRowsSentence(hiddenRows, culture)}</Text>}
      {columns.length > 0 && (
        <details className={styles.details} open={mappingOpen}>
          <summary
            onClick={(event) => {
              // Controlled here rather than by the browser, so React's state and the element agree.
              event.preventDefault();
              setToggled(!mappingOpen);
            }}
          >
            <Text size={200}>How the columns are read</Text>
          </summary>
          <div className={styles.mapping}>
            {columns.map((column) => {
              const chosen = overrides[normaliseHeader(column.header)] ?? column.field ?? "ignore";
              return [
                <Text
                  key={`${column.column}-label`}
                  size={200}
                  className={styles.header}
                  title={column.header}
                >
                  {column.header}
                </Text>,
                <Select
                  key={`${column.column}-field`}
                  size="small"
                  aria-label={`Field for column ${column.header}`}
                  value={chosen}
                  onChange={(_, data) =>
                    props.onOverride(column.header, data.value as HeaderOverrides[string])
                  }
                >
                  <option value="ignore">Carry along</option>
                  {MAPPABLE_FIELDS.map((field) => (
                    <option key={field} value={field}>
                      {FIELD_LABELS[field]}
                    </option>
                  ))}
                </Select>,
              ];
            })}
          </div>
        </details>
      )}
    </Section>
  );
}
