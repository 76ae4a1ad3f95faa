/**
 * Score columns typed beside an Excel table, on its header row but outside it, as a person
 * does: the command line names them, the table and its range, in its one-line error.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { Workbook } from "exceljs";
import { runCli } from "./cliHarness";

async function inventoryWithColumnsBeside(): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("Use cases");
  sheet.getCell("A1").value = "Inventory 2026";
  sheet.addTable({
    name: "Inventory",
    ref: "B3",
    columns: [{ name: "ID" }, { name: "Use case" }, { name: "Owner" }],
    rows: [
      ["UC-1", "Triage", "Ana"],
      ["UC-2", "Chatbot", "Ben"],
    ],
  });
  const besides = ["Business value", "Technical feasibility", "Data readiness", "Regulatory risk"];
  besides.forEach((header, index) => {
    sheet.getRow(3).getCell(5 + index).value = header;
    sheet.getRow(4).getCell(5 + index).value = 3;
    sheet.getRow(5).getCell(5 + index).value = 2;
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), "beside-table-")), "inventory.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

describe("score columns typed beside a table", () => {
  it("are named, with the table and its range, in a one-line error", async () => {
    const input = await inventoryWithColumnsBeside();
    const run = await runCli(["score", input, "--start", "2027-Q1"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Business value (E3), Technical feasibility (F3), Data readiness (G3), Regulatory risk (H3) " +
        "sit beside the table Inventory (B3:D5), outside it: resize the table to take them in " +
        "(Table Design > Resize Table)",
    );
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
