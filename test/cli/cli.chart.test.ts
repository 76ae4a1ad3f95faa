import * as path from "node:path";
import ExcelJS from "exceljs";
import { SUMMARY_CHART_ANCHOR } from "../../src/core/sheets/summaryChart";
import { decodePng } from "./pngDecode";
import { fixtureCopy, loadWorkbook, runCli, temporaryFolder } from "./cliHarness";

const scoredName = (input: string) => input.replace(/\.(xlsx|csv)$/, "-scored.xlsx");

async function score(input: string, ...args: string[]) {
  const run = await runCli(["score", input, "--start", "2027-Q1", ...args]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return loadWorkbook(scoredName(input));
}

function pictures(workbook: ExcelJS.Workbook, sheetName: string) {
  const worksheet = workbook.getWorksheet(sheetName);
  return (worksheet?.getImages() ?? []).map((image) => ({
    image,
    media: workbook.getImage(Number(image.imageId)) as unknown as {
      buffer: Buffer;
      extension: string;
    },
  }));
}

const mediaCount = (workbook: ExcelJS.Workbook) =>
  (workbook as unknown as { media: unknown[] }).media.length;

describe("the value vs feasibility chart in the command line's Summary", () => {
  it("is a PNG picture at the chart's place, drawn at twice its size for sharp print", async () => {
    const workbook = await score(fixtureCopy("sample-use-cases.xlsx"));
    const [picture, ...others] = pictures(workbook, "Summary");
    expect(others).toEqual([]);
    expect(picture?.media.extension).toBe("png");
    const png = decodePng(picture?.media.buffer as Buffer);
    expect(png.width / png.height).toBeCloseTo(640 / 400, 9);
    expect(png.width).toBe(1280);
    const range = picture?.image.range as unknown as {
      tl: { nativeCol: number; nativeRow: number };
      ext: { width: number; height: number };
    };
    expect(range.tl.nativeCol).toBe(SUMMARY_CHART_ANCHOR.column - 1);
    expect(range.tl.nativeRow).toBe(SUMMARY_CHART_ANCHOR.row - 1);
    expect(range.ext).toEqual({ width: 640, height: 400 });
    // Ranked and Roadmap have none.
    expect(pictures(workbook, "Ranked")).toEqual([]);
    expect(pictures(workbook, "Roadmap")).toEqual([]);
  });

  it("replaces its own picture when the scored workbook is scored again, keeping a person's pictures", async () => {
    const folder = temporaryFolder();
    const input = path.join(folder, "plan.xlsx");
    const source = await loadWorkbook(fixtureCopy("sample-use-cases.xlsx"));
    const notes = source.addWorksheet("Notes");
    // A person's own picture: any PNG will do, so take one this tool drew elsewhere.
    const firstPicture = pictures(await score(fixtureCopy("sample-use-cases.xlsx")), "Summary")[0]
      ?.media.buffer as Buffer;
    const ownImage = source.addImage({ buffer: firstPicture as never, extension: "png" });
    notes.addImage(ownImage, { tl: { col: 1, row: 1 }, ext: { width: 64, height: 40 } });
    await source.xlsx.writeFile(input);

    const once = await score(input);
    expect(mediaCount(once)).toBe(2);
    const again = await score(scoredName(input));
    expect(mediaCount(again)).toBe(2);
    expect(pictures(again, "Notes")).toHaveLength(1);
    expect(pictures(again, "Summary")).toHaveLength(1);
    const thrice = await score(scoredName(scoredName(input)));
    expect(mediaCount(thrice)).toBe(2);
    expect(pictures(thrice, "Notes")[0]?.media.buffer.equals(firstPicture)).toBe(true);
  });

  it("is left out, with the reason in a cell, when no use case has a budget", async () => {
    const folder = temporaryFolder();
    const input = path.join(folder, "no-budgets.csv");
    const fs = await import("node:fs");
    fs.writeFileSync(
      input,
      "ID,Use case,Owner,Business value,Technical feasibility,Data readiness,Regulatory risk\n" +
        "AI-1,Triage,Ana,4,3,3,2\nAI-2,Search,Ben,3,4,2,1\n",
    );
    const workbook = await score(input);
    expect(pictures(workbook, "Summary")).toEqual([]);
    const texts: string[] = [];
    workbook.getWorksheet("Summary")?.eachRow((row) => texts.push(String(row.getCell(1).value)));
    expect(texts).toContain("Not drawn, no budget: AI-1, AI-2.");
  });
});
