import { describeOutputSheets } from "../../../src/core/sheets";
import { rankUseCases } from "../../../src/core/rank";
import { describeRankedSheet } from "../../../src/core/sheets/rankedSheet";
import type { ScoringResult } from "../../../src/core/score";
import type { SheetDescription, Weights } from "../../../src/core/model";
import { aRow, aSheet, scoreRows, scoreSheets, scoringSettings } from "../builders";
import { cellAt, FormulaEvaluator, formulaMismatches, resultOf, rowTexts } from "../sheetReader";

const WEIGHTS: Weights = { value: 40, feasibility: 30, dataReadiness: 20, regulatoryRisk: 10 };

function rankedSheetOf(result: ScoringResult): SheetDescription {
  return describeRankedSheet(result, { sheetName: "Ranked", tableName: "RankedUseCases" });
}

const session = scoreRows(
  [
    aRow({
      id: "UC-1",
      name: "Invoice triage",
      value: 4,
      feasibility: 4.5,
      dataReadiness: "3 - Medium",
      regulatoryRisk: 2,
      budget: "$120,000",
    }),
    aRow({
      id: "UC-2",
      name: "Claims chatbot",
      value: "High",
      feasibility: 2.25,
      dataReadiness: 5,
      regulatoryRisk: 4.5,
    }),
    aRow({
      id: "UC-3",
      name: "Churn model",
      value: 3.7,
      feasibility: 3,
      dataReadiness: 1.5,
      regulatoryRisk: "low",
    }),
  ],
  { settings: scoringSettings({ weights: WEIGHTS }) },
);
const sheet = rankedSheetOf(session);

describe("the Ranked sheet's score cells", () => {
  it("are live formulas over the weight shares and the row's axis cells", () => {
    expect(cellAt(sheet, "I7")?.formula).toBe(
      "=100*($E$4*((E7-1)/4)+$F$4*((F7-1)/4)+$G$4*((G7-1)/4)+$H$4*((5-H7)/4))",
    );
    expect(cellAt(sheet, "I9")?.formula).toBe(
      "=100*($E$4*((E9-1)/4)+$F$4*((F9-1)/4)+$G$4*((G9-1)/4)+$H$4*((5-H9)/4))",
    );
  });

  it("take their shares from the weight cells a person can change", () => {
    expect(["E3", "F3", "G3", "H3"].map((reference) => cellAt(sheet, reference))).toEqual([
      { number: 40, numberFormat: "0.##", style: "input" },
      { number: 30, numberFormat: "0.##", style: "input" },
      { number: 20, numberFormat: "0.##", style: "input" },
      { number: 10, numberFormat: "0.##", style: "input" },
    ]);
    expect(["E4", "F4", "G4", "H4"].map((reference) => cellAt(sheet, reference)?.formula)).toEqual([
      "=E3/SUM($E$3:$H$3)",
      "=F3/SUM($E$3:$H$3)",
      "=G3/SUM($E$3:$H$3)",
      "=H3/SUM($E$3:$H$3)",
    ]);
  });

  it("hold the engine's score as their result, in rank order", () => {
    const rows = session.ranked.map((entry) => 6 + entry.rank);

    expect(rows.map((row) => resultOf(cellAt(sheet, `I${row}`)))).toEqual(
      session.ranked.map((entry) => entry.score),
    );
  });

  it("work out to exactly the engine's score when Excel recalculates them", () => {
    const excel = new FormulaEvaluator([sheet]);

    expect(session.ranked.map((entry) => excel.valueOf("Ranked", `I${6 + entry.rank}`))).toEqual(
      session.ranked.map((entry) => entry.score),
    );
  });

  it("recompute when a person changes a weight in the workbook", () => {
    const edited = withCell(sheet, "E3", { number: 0 });
    const reweighted = rankUseCases(
      session.ranked.map((entry) => entry.useCase),
      { ...WEIGHTS, value: 0 },
    );
    const excel = new FormulaEvaluator([edited]);

    for (const entry of session.ranked) {
      const after = reweighted.find((other) => other.useCase.id === entry.useCase.id)
        ?.score as number;
      expect(excel.valueOf("Ranked", `I${6 + entry.rank}`)).toBeCloseTo(after, 9);
    }
  });

  it("all match what the sheet's own arithmetic gives", () => {
    expect(formulaMismatches([sheet])).toEqual([]);
  });
});

describe("the Ranked list", () => {
  it("lists rank, id, name, owner, the four axis scores, score, budget and flags, in rank order", () => {
    const shownAs = (reference: string): string | number | undefined => {
      const cell = cellAt(sheet, reference);
      return cell?.text ?? cell?.number ?? resultOf(cell);
    };
    const rowOf = (row: number): (string | number | undefined)[] =>
      ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K"].map((column) =>
        shownAs(`${column}${row}`),
      );

    expect(rowOf(6)).toEqual([
      "Rank",
      "ID",
      "Use case",
      "Owner",
      "Business value",
      "Technical feasibility",
      "Data readiness",
      "Regulatory risk",
      "Score",
      "Budget",
      "Flags",
    ]);
    // 40/30/20/10 weights: UC-1 = 40×3/4 + 30×3.5/4 + 20×2/4 + 10×3/4 = 73.75, and so on.
    expect(rowOf(7)).toEqual([
      1,
      "UC-1",
      "Invoice triage",
      "Ana Ruiz",
      4,
      4.5,
      3,
      2,
      73.75,
      120000,
      undefined,
    ]);
    expect(rowOf(8)).toEqual([
      2,
      "UC-2",
      "Claims chatbot",
      "Ana Ruiz",
      4,
      2.25,
      5,
      4.5,
      expect.closeTo(60.625, 9),
      undefined,
      "governance-review",
    ]);
    expect(rowOf(9)).toEqual([
      3,
      "UC-3",
      "Churn model",
      "Ana Ruiz",
      3.7,
      3,
      1.5,
      2,
      52,
      undefined,
      undefined,
    ]);
  });

  it("is an Excel table starting at the header row, one row per scored use case", () => {
    expect(sheet.tables).toEqual([
      {
        name: "RankedUseCases",
        headerRow: 6,
        firstColumn: 1,
        columns: [
          "Rank",
          "ID",
          "Use case",
          "Owner",
          "Business value",
          "Technical feasibility",
          "Data readiness",
          "Regulatory risk",
          "Score",
          "Budget",
          "Flags",
          "Notes",
          "Source",
        ],
        rowCount: 3,
        style: "TableStyleMedium2",
      },
    ]);
  });

  it("links each row back to its name cell in the source sheet", () => {
    const result = scoreRows([aRow({ name: "Triage" })], {
      name: "FY27 inventory",
      above: [["Candidates"]],
    });

    expect(cellAt(rankedSheetOf(result), "M7")).toEqual({
      text: "Row 3",
      link: "'FY27 inventory'!B3",
      style: "link",
    });
  });

  it("gives columns it does not know unique table headers and keeps their values", () => {
    const result = scoreSheets([
      aSheet({
        name: "Candidates",
        values: [
          [
            "Use case",
            "Business value",
            "Technical feasibility",
            "Data readiness",
            "Regulatory risk",
            "Score",
            "score",
            "",
          ],
          ["Triage", 4, 4, 4, 2, 99, "n/a", "x"],
        ],
      }),
    ]);

    const described = rankedSheetOf(result);

    expect(described.tables[0]?.columns.slice(13)).toEqual(["Score (2)", "score (3)", "Column H"]);
    expect(["N7", "O7", "P7"].map((reference) => cellAt(described, reference))).toEqual([
      { number: 99 },
      { text: "n/a" },
      { text: "x" },
    ]);
  });

  it("reads the way a person sees it, for a small session", () => {
    const result = scoreRows([
      aRow({
        id: "UC-1",
        name: "Invoice triage",
        value: 4,
        feasibility: 5,
        dataReadiness: 4,
        regulatoryRisk: 2,
        budget: 120000,
      }),
      aRow({ id: "UC-2", name: "Claims chatbot", owner: null, regulatoryRisk: 4 }),
      aRow({ id: "UC-3", name: "Churn model", value: "n/a" }),
    ]);

    expect(rowTexts(rankedSheetOf(result), 1, 13)).toMatchInlineSnapshot(`
      [
        "Ranked use cases",
        "2 scored and 1 not scored, read from Candidates, header on row 1. Change a yellow weight and every score recomputes; run the scorer again to re-rank.",
        " |  |  | Weight | 25 | 25 | 25 | 25",
        " |  |  | Share of score | =E3/SUM($E$3:$H$3) → 0.25 | =F3/SUM($E$3:$H$3) → 0.25 | =G3/SUM($E$3:$H$3) → 0.25 | =H3/SUM($E$3:$H$3) → 0.25",
        "",
        "Rank | ID | Use case | Owner | Business value | Technical feasibility | Data readiness | Regulatory risk | Score | Budget | Flags | Notes | Source",
        "1 | UC-1 | Invoice triage | Ana Ruiz | 4 | 5 | 4 | 2 | =100*($E$4*((E7-1)/4)+$F$4*((F7-1)/4)+$G$4*((G7-1)/4)+$H$4*((5-H7)/4)) → 81.25 | 120000 |  |  | Row 2 ↗ Candidates!B2",
        "2 | UC-2 | Claims chatbot |  | 3 | 3 | 3 | 4 | =100*($E$4*((E8-1)/4)+$F$4*((F8-1)/4)+$G$4*((G8-1)/4)+$H$4*((5-H8)/4)) → 43.75 |  | governance-review | Candidates!C3: Owner: found a blank cell; every use case on the roadmap needs a named owner (shown as Unassigned) | Row 3 ↗ Candidates!B3",
        "",
        "Not scored (1): fix the cells named here and run again",
        "Row | ID | Use case | Owner | Problems",
        "Row 4 ↗ Candidates!B4 | UC-3 | Churn model | Ana Ruiz | Candidates!D4: Business value: found "n/a"; expected a score from 1 to 5 (such as 4, 4.5 or "4 - High") or one of very low, low, medium, high, very high",
        "",
      ]
    `);
  });
});

describe("rows that could not be scored", () => {
  const result = scoreRows([
    aRow({ id: "UC-1" }),
    aRow({ id: "UC-2", name: null, value: 7 }),
    aRow({ id: "UC-3", feasibility: "?" }),
  ]);
  const described = rankedSheetOf(result);

  it("are listed below the ranked list, each with every one of its problems", () => {
    const rowAt = (row: number): (string | number | undefined)[] =>
      ["A", "B", "C", "D"].map((column) => {
        const cell = cellAt(described, `${column}${row}`);
        return cell?.text ?? resultOf(cell);
      });

    expect(rowTexts(described, 9, 10)).toEqual([
      "Not scored (2): fix the cells named here and run again",
      "Row | ID | Use case | Owner | Problems",
    ]);
    expect(rowAt(11)).toEqual(["Row 3", "UC-2", undefined, "Ana Ruiz"]);
    expect(cellAt(described, "E11")?.text?.split("\n")).toEqual([
      "Candidates!B3: Use case: found a blank cell; every use case needs a name",
      expect.stringMatching(/^Candidates!D3: Business value: found 7, outside 1 to 5;/),
    ]);
    expect(rowAt(12)).toEqual(["Row 4", "UC-3", "A use case", "Ana Ruiz"]);
    expect(cellAt(described, "E12")?.text).toMatch(
      /^Candidates!E4: Technical feasibility: found "\?";/,
    );
  });

  it("leave a note instead of an empty table when nothing could be scored", () => {
    const nothing = rankedSheetOf(scoreRows([aRow({ value: null })]));

    expect(nothing.tables).toEqual([]);
    expect(nothing.conditionalFormats).toEqual([]);
    expect(cellAt(nothing, "C7")).toEqual({
      text: "No use case could be scored: see the list below.",
      style: "note",
    });
    expect(cellAt(nothing, "A9")?.text).toBe(
      "Not scored (1): fix the cells named here and run again",
    );
  });
});

describe("text from the input", () => {
  const lookalikes = ['=HYPERLINK("x")', "+1-555", "-5", "@foo", "=1+1"];

  it.each(lookalikes)("writes the name %j as those characters, never as a formula", (name) => {
    const described = rankedSheetOf(scoreRows([aRow({ name })]));

    expect(cellAt(described, "C7")).toEqual({ text: name });
  });

  it("writes ids, owners and carried columns that look like formulas as text", () => {
    const result = scoreSheets([
      aSheet({
        name: "Candidates",
        values: [
          [
            "ID",
            "Use case",
            "Owner",
            "Business value",
            "Technical feasibility",
            "Data readiness",
            "Regulatory risk",
            "Link",
          ],
          ["=A1", "+1-555", "@owner", 3, 3, 3, 3, '=HYPERLINK("x")'],
        ],
      }),
    ]);

    const described = rankedSheetOf(result);

    expect(["B7", "C7", "D7", "N7"].map((reference) => cellAt(described, reference))).toEqual([
      { text: "=A1" },
      { text: "+1-555" },
      { text: "@owner" },
      { text: '=HYPERLINK("x")' },
    ]);
  });

  it("writes the name of a row that could not be scored as text too", () => {
    const described = rankedSheetOf(scoreRows([aRow({ name: "=cmd|' /C calc'!A0", value: null })]));

    expect(cellAt(described, "C11")).toEqual({ text: "=cmd|' /C calc'!A0" });
  });

  it("leaves no formula in the sheet but the ones the engine wrote", () => {
    const result = scoreRows(lookalikes.map((name) => aRow({ name, id: name, owner: name })));
    const [ranked, roadmap] = describeOutputSheets(result, {
      sheets: [{ name: "Candidates" }],
      tableNames: [],
    });
    const formulas = [ranked, roadmap].flatMap((described) =>
      (described?.rows ?? []).flatMap((cells) =>
        cells.flatMap((cell) => (cell?.formula === undefined ? [] : [cell.formula])),
      ),
    );

    expect(
      formulas.filter(
        (text) => !/^=(100\*|[EFGH]3\/SUM|Ranked!|[HIJKL]\d+\/|SUM\(|COUNTA\()/.test(text),
      ),
    ).toEqual([]);
  });
});

function withCell(
  described: SheetDescription,
  reference: string,
  cell: { number: number },
): SheetDescription {
  const match = /^([A-Z])(\d+)$/.exec(reference) as RegExpExecArray;
  const column = (match[1] as string).charCodeAt(0) - 65;
  const row = Number(match[2]) - 1;
  const rows = described.rows.map((cells, r) =>
    r === row ? cells.map((each, c) => (c === column ? cell : each)) : cells,
  );
  return { ...described, rows };
}
