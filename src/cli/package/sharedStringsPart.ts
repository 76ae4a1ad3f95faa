/**
 * The shared string table (`xl/sharedStrings.xml`), where Excel keeps the text of cells: each
 * entry's plain text, rich text runs joined. Fonts, colours and phonetic guides are passed
 * over; only the strings are kept, as the cells that use them need them.
 */
import { readXmlPart } from "./xmlStream";
import type { ZipPackage } from "./zip";

/** In table order; empty when the workbook has no table (or the part is missing). */
export function readSharedStrings(zip: ZipPackage, partName: string | undefined): string[] {
  const strings: string[] = [];
  if (partName === undefined) return strings;
  const text = new TextCollector();
  readXmlPart(zip, partName, {
    open(name) {
      if (name === "si") text.start();
      else text.open(name);
    },
    text(data) {
      text.add(data);
    },
    close(name) {
      if (name === "si") strings.push(text.finish());
      else text.close(name);
    },
  });
  return strings;
}

/**
 * The text of one string item (`<si>`, or a cell's inline `<is>`): every `<t>`, whether alone
 * or in rich text runs (`<r>`), but not those of phonetic guides (`<rPh>`).
 */
export class TextCollector {
  private text = "";
  private current: string | undefined;
  private phoneticDepth = 0;

  start(): void {
    this.text = "";
    this.current = undefined;
    this.phoneticDepth = 0;
  }

  open(name: string): void {
    if (name === "rPh") this.phoneticDepth++;
    else if (name === "t" && this.phoneticDepth === 0) this.current = "";
  }

  add(data: string): void {
    if (this.current !== undefined) this.current += data;
  }

  close(name: string): void {
    if (name === "rPh") this.phoneticDepth--;
    else if (name === "t" && this.current !== undefined) {
      this.text += decodeEscapes(this.current);
      this.current = undefined;
    }
  }

  /** The text collected since `start`. */
  finish(): string {
    const text = this.text;
    this.text = "";
    return text;
  }
}

/**
 * SpreadsheetML writes characters XML cannot hold as `_xHHHH_` (a line's carriage return is
 * `_x000D_`), and a literal `_x` as `_x005F_x`.
 */
function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
