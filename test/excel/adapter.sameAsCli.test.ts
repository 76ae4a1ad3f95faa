/**
 * One sheet description, two writers, the same workbook: the add-in's cells (through the
 * Office.js double) equal what the command line writes for the same input.
 */
import * as path from "node:path";
import { scoreWorkbook, type ScoringSettings } from "../../src/core";
import { createOfficeExcelAdapter } from "../../src/excel";
import { fixtureCopy, loadWorkbook, runCli } from "../cli/cliHarness";
import { sheetHyperlinks } from "../cli/workbookXml";
import { sheetNames, sheetSnapshot } from "./double";
import { adapterOver, doubleOfFixture, formulaBar, removeDouble, trimmed } from "./excelHarness";

const settings: ScoringSettings = {
  weights: { value: 25, feasibility: 25, dataReadiness: 25, regulatoryRisk: 25 },
  roadmap: { start: "2027-Q1", horizon: 4, slotsPerQuarter: 3 },
};

afterEach(removeDouble);

describe.each(["sample-use-cases.xlsx", "messy-session.xlsx", "bad-input.xlsx"])(
  "%s",
  (fixture) => {
    it("is written by the add-in cell for cell as the command line writes it", async () => {
      const state = await doubleOfFixture(fixture);
      adapterOver(state);
      // Every requirement set, so the add-in writes its links (ExcelApi 1.9) as the CLI does.
      const adapter = createOfficeExcelAdapter({ supports: () => true, syncTimeoutMs: 2_000 });
      const sources = await adapter.listSources();
      const source = sources.sheets[0];
      if (!source) throw new Error("no source sheet");
      const sheet = await adapter.readSource({
        sheetName: source.name,
        ...(source.tables[0] !== undefined && { tableName: source.tables[0] }),
      });
      const result = scoreWorkbook({ sheets: [sheet] }, settings);
      const written = await adapter.writeResult(result);
      expect(written.sheets.map((s) => s.name)).toEqual(["Ranked", "Roadmap", "Summary"]);
      expect(sheetNames(state)).toEqual([source.name, "Ranked", "Roadmap", "Summary"]);

      const input = fixtureCopy(fixture);
      const output = path.join(path.dirname(input), "cli.xlsx");
      expect((await runCli(["score", input, "--out", output, "--start", "2027-Q1"])).code).toBe(0);
      const cliWorkbook = await loadWorkbook(output);

      for (const name of ["Ranked", "Roadmap", "Summary"]) {
        const snapshot = sheetSnapshot(state, name);
        expect(trimmed(snapshot.formulas)).toEqual(trimmed(formulaBar(cliWorkbook, name)));
        const view = cliWorkbook.getWorksheet(name)?.views[0] as
          { xSplit?: number; ySplit?: number } | undefined;
        expect(snapshot.frozenRows).toBe(view?.ySplit ?? 0);
        expect(snapshot.frozenColumns).toBe(view?.xSplit ?? 0);
        // The links: the same cells, to the same places, showing the same text.
        const cliLinks = Object.fromEntries(
          sheetHyperlinks(output, name).map((link) => [
            link.ref,
            {
              documentReference: link.location ?? `outside: ${link.target ?? ""}`,
              textToDisplay: cliWorkbook.getWorksheet(name)?.getCell(link.ref).text,
            },
          ]),
        );
        expect(snapshot.hyperlinks).toEqual(cliLinks);
      }
      expect(Object.keys(sheetSnapshot(state, "Ranked").hyperlinks).length).toBeGreaterThan(0);
      const rankedTables = sheetSnapshot(state, "Ranked").tables.map((table) => [
        table.name,
        table.address,
      ]);
      const cliTables = cliWorkbook
        .getWorksheet("Ranked")
        ?.getTables()
        .map((table) => {
          const model = (table as unknown as { table: { name: string; tableRef: string } }).table;
          return [model.name, model.tableRef];
        });
      expect(rankedTables).toEqual(cliTables);
    });
  },
);
