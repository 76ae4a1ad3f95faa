import { parseDependsOn } from "../../../src/core/read/parseCells";
import type { RawCell } from "../../../src/core/model";

describe("reading the ids a use case depends on", () => {
  it.each<[RawCell, string[]]>([
    [null, []],
    ["", []],
    ["UC-1", ["UC-1"]],
    ["UC-1, UC-2", ["UC-1", "UC-2"]],
    ["UC-1;UC-2", ["UC-1", "UC-2"]],
    [" UC-1 ; UC-2 , UC-3 ", ["UC-1", "UC-2", "UC-3"]],
    ["UC-1,,;UC-2;", ["UC-1", "UC-2"]],
    ["Data platform", ["Data platform"]],
    [7, ["7"]],
  ])("reads %p as %p", (cell, ids) => {
    expect(parseDependsOn(cell)).toEqual(ids);
  });

  it("keeps the order the ids are listed in", () => {
    expect(parseDependsOn("C; A, B")).toEqual(["C", "A", "B"]);
  });
});
