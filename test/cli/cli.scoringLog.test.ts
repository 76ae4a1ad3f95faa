import * as path from "node:path";
import { fixtureCopy, loadWorkbook, runCli, sheetValues } from "./cliHarness";

describe("the Scoring log", () => {
  it("grows by exactly one row per run, leaving earlier rows as they were", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    const folder = path.dirname(input);
    const first = path.join(folder, "first.xlsx");
    const second = path.join(folder, "second.xlsx");
    const third = path.join(folder, "third.xlsx");
    const at = new Date("2026-11-23T09:00:00Z");
    expect(
      (await runCli(["score", input, "--out", first, "--start", "2027-Q1", "--by", "Ana"], at))
        .code,
    ).toBe(0);
    expect(
      (
        await runCli(
          [
            "score",
            first,
            "--out",
            second,
            "--start",
            "2027-Q1",
            "--by",
            "Bo",
            "--weights",
            "value=60,feasibility=20,data=10,risk=10",
          ],
          new Date("2026-11-23T10:00:00Z"),
        )
      ).code,
    ).toBe(0);
    expect(
      (await runCli(["score", second, "--out", third, "--start", "2027-Q1", "--by", "Cy"], at))
        .code,
    ).toBe(0);

    const logs = await Promise.all(
      [first, second, third].map(async (file) =>
        sheetValues(await loadWorkbook(file), "Scoring log"),
      ),
    );
    const runs = logs.map((log) => log.slice(3));
    expect(runs.map((rows) => rows.length)).toEqual([1, 2, 3]);
    expect(runs[1]?.[0]).toEqual(runs[0]?.[0]);
    expect(runs[2]?.slice(0, 2)).toEqual(runs[1]);

    const [time, by, source, sha, weights, settings, scored, notScored, top5, moved] =
      runs[1]?.[1] ?? [];
    expect(time).toBe("2026-11-23T10:00:00Z");
    expect(by).toBe("Bo");
    expect(source).toBe("Use cases (table UseCases)");
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
    expect(sha).toBe(runs[0]?.[0]?.[3]);
    expect(weights).toBe("value 60, feasibility 20, data 10, risk 10");
    expect(settings).toBe("start 2027-Q1, slots 3, cap none, median");
    expect([scored, notScored]).toEqual([24, 0]);
    expect(top5).toBe("AI-01, AI-04, AI-02, AI-07, AI-15");
    expect(moved).toMatch(/^AI-04 7→2 \(value weight 25→60/);
    expect(runs[0]?.[0]?.[9]).toBe("No earlier run to compare with");
  });

  it("changes the input fingerprint when a cell of the source changes", async () => {
    const input = fixtureCopy("sample-use-cases.xlsx");
    const edited = path.join(path.dirname(input), "edited.xlsx");
    const workbook = await loadWorkbook(input);
    const sheet = workbook.getWorksheet("Use cases");
    if (!sheet) throw new Error("no sheet");
    sheet.getCell("G2").value = 3; // AI-01 business value, was 5
    await workbook.xlsx.writeFile(edited);
    await runCli(["score", input, "--start", "2027-Q1"]);
    await runCli(["score", edited, "--start", "2027-Q1"]);
    const shaOf = async (file: string) =>
      sheetValues(
        await loadWorkbook(file.replace(/\.xlsx$/, "-scored.xlsx")),
        "Scoring log",
      )[3]?.[3];
    expect(await shaOf(input)).not.toBe(await shaOf(edited));
  });
});
