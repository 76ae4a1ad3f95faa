import { addLooks, MINIMAL_STYLES, type Look } from "../../../src/cli/package/stylesPart";

const LOOKS: Look[] = [
  { style: "input", numberFormat: "0.##" },
  { style: "input", numberFormat: "#,##0.##" },
  { style: "input", numberFormat: "0" },
  { style: "total" },
  { style: "total", numberFormat: "0" },
  { numberFormat: "0.0%" },
  {},
];

const count = (xml: string, collection: string): number =>
  Number(new RegExp(`<${collection} count="(\\d+)"`).exec(xml)?.[1]);

describe("the scorer's looks in the user's style table", () => {
  it("adds a font, fill or border that several looks share once", () => {
    const { xml } = addLooks(MINIMAL_STYLES, LOOKS);
    // The input font and fill, the total font and border: one each beside the table's own.
    expect(count(xml, "fonts")).toBe(1 + 2);
    expect(count(xml, "fills")).toBe(2 + 1);
    expect(count(xml, "borders")).toBe(1 + 1);
  });

  it("uses a cell format the table already has instead of adding it again", () => {
    const { indexOf } = addLooks(MINIMAL_STYLES, LOOKS);
    expect(indexOf({})).toBe(0);
  });

  it("leaves a table that holds every look as it was, with the same indexes", () => {
    const once = addLooks(MINIMAL_STYLES, LOOKS);
    const twice = addLooks(once.xml, LOOKS);
    expect(twice.xml).toBe(once.xml);
    expect(LOOKS.map(twice.indexOf)).toEqual(LOOKS.map(once.indexOf));
  });
});
