import { describeRankedSheet } from "../../../src/core/sheets/rankedSheet";
import { aRow, scoreRows, scoringSettings } from "../builders";
import { cellAt } from "../sheetReader";

describe("the Ranked sheet's note on where the weights came from", () => {
  it("shows each pairwise judgement as a person would type it back, one decimal at most", () => {
    const result = scoreRows([aRow({ id: "UC-1" })], {
      settings: {
        ...scoringSettings(),
        pairwise: { judgements: [2.5, 1 / 2.5, 3, 1 / 3, 1, 7], consistencyRatio: 0.0437 },
      },
    });
    const sheet = describeRankedSheet(result, { sheetName: "Ranked", tableName: "RankedUseCases" });

    expect(cellAt(sheet, "A2")?.text).toContain(
      "Weights from pairwise comparison (2.5, 1/2.5, 3, 1/3, 1, 7; consistency ratio 0.044).",
    );
  });
});
