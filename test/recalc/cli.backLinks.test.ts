/**
 * LibreOffice follows the command line's links back to the source rows as places in the
 * workbook: written as `<hyperlink ref location>` with no outside address (exceljs's own way of
 * writing one made LibreOffice and Excel read `<file>#'Use cases'!B2##'Use cases'!B2`).
 */
import * as path from "node:path";
import { fixtureCopy, runCli } from "../cli/cliHarness";
import { linksSeenByLibreOffice } from "../support/libreoffice";

describe("links back to the source rows, opened in LibreOffice", () => {
  it("lead to the name cells of the source sheet", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    const output = path.join(path.dirname(input), "scored.xlsx");
    expect((await runCli(["score", input, "--out", output, "--start", "2027-Q1"])).code).toBe(0);

    const links = await linksSeenByLibreOffice(output);

    expect(links).toHaveLength(24);
    expect(links[0]).toEqual({ text: "Row 2", href: "#'Use cases'.B2" });
    for (const link of links) {
      expect(link.href).toBe(`#'Use cases'.B${link.text.replace("Row ", "")}`);
    }
  });
});
