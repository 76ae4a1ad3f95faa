/**
 * The pixel font the CLI paints chart text with: it has no font files and no text renderer,
 * so every printable ASCII character is drawn here on a grid of at most 5 columns by 9 rows —
 * 7 rows above the baseline (capitals and ascenders), 2 below (descenders). Glyphs are
 * proportional (an `i` is 1 column, an `m` 5) so labels are about as long as the SVG's Segoe
 * UI, and they are scaled by whole pixels only, so every stroke stays sharp.
 *
 * Text is measured and laid out as ink rectangles in the text's own coordinates; the painter
 * places, rotates and colours them.
 */

/** Rows above the baseline: the cap height, in grid cells. */
const CAP_ROWS = 7;
/** Empty columns between two glyphs. */
const LETTER_SPACING = 1;
/** The share of the font size a capital letter is tall (as in the SVG's fonts). */
const CAP_HEIGHT_PER_SIZE = 0.7;
const FIRST_CODE = 32;
const LAST_CODE = 126;

/**
 * One glyph per printable ASCII code from 32 (space) to 126 (~), in code order. Each is its
 * width in columns, then one base-32 digit per row from the top, the row's 5 bits with the
 * leftmost column as the highest bit; rows left out at the end are empty. So "5ehhhvhh" is an
 * A 5 columns wide: .###. #...# #...# #...# ##### #...# #...#
 */
const GLYPH_TABLE: readonly string[] = [
  // space ! " # $ % & '
  "2 1ggggg0g 3kk 5aavavaa 54fke5u4 5op248j3 5cik8lid 1gg",
  // ( ) * + , - . /
  "348ggg84 3g84448g 504lel4 5044v44 200000o8g 4000u 200000oo 501248g",
  // 0 1 2 3 4 5 6 7
  "5ehjlphe 38o8888s 5eh1248v 5v2421he 526aiv22 5vgu11he 568guhhe 5v124888",
  // 8 9 : ; < = > ?
  "5ehhehhe 5ehhf12c 20oo00oo 20oo00o8g 4248g842 400u0u 4g84248g 5eh12404",
  // @ A B C D E F G
  "5eh1dlle 5ehhhvhh 5uhhuhhu 5ehggghe 5sihhhis 5vgguggv 5vgguggg 5ehgnhhf",
  // H I J K L M N O
  "5hhhvhhh 3s88888s 572222ic 5hikokih 5ggggggv 5hrllhhh 5hhpljhh 5ehhhhhe",
  // P Q R S T U V W
  "5uhhuggg 5ehhhlid 5uhhukih 5fgge11u 5v444444 5hhhhhhe 5hhhhha4 5hhhllla",
  // X Y Z [ \ ] ^ _
  "5hha4ahh 5hha4444 5v1248gv 3sgggggs 50g8421 3s44444s 54ah 50000000v",
  // ` a b c d e f g
  "2g8 400c2eie 4ggsiiis 300cgggc 422eiiie 400ciuge 3cgsgggg 400eiiie2s",
  // h i j k l m n o
  "4ggsiiii 1g0ggggg 280888888g 4ggikoki 2gggggg8 500qllll 400siiii 400ciiic",
  // p q r s t u v w
  "400siiisgg 400eiiie22 300koggg 400egc2s 308s8884 400iiiie 500hhaa4 500hhlla",
  // x y z { | } ~
  "500ha4ah 400iiiie2c 400u2cgu 3488g884 1ggggggg 3g88488g 500dm",
];

/** A glyph's ink as horizontal runs of cells: row 0 is the top of a capital letter. */
interface GlyphRun {
  readonly row: number;
  readonly column: number;
  readonly length: number;
}

interface Glyph {
  readonly width: number;
  readonly runs: readonly GlyphRun[];
}

function glyphOf(code: string): Glyph {
  const width = Number.parseInt(code.charAt(0), 10);
  const runs: GlyphRun[] = [];
  [...code.slice(1)].forEach((digit, row) => {
    const bits = Number.parseInt(digit, 32);
    let column = 0;
    while (column < 5) {
      const start = column;
      while (column < 5 && (bits >> (4 - column)) & 1) column += 1;
      if (column > start) runs.push({ row, column: start, length: column - start });
      column += 1;
    }
  });
  return { width, runs };
}

const GLYPHS: readonly Glyph[] = GLYPH_TABLE.join(" ").split(" ").map(glyphOf);
if (GLYPHS.length !== LAST_CODE - FIRST_CODE + 1) {
  throw new Error(`bitmapFont: the glyph table has ${GLYPHS.length} glyphs, not 95`);
}
const UNKNOWN_GLYPH = "?";
const QUESTION_MARK: Glyph = GLYPHS[UNKNOWN_GLYPH.charCodeAt(0) - FIRST_CODE] ?? {
  width: 0,
  runs: [],
};

/**
 * Typographic characters that chart labels often contain and that have a plain ASCII
 * stand-in (drawing a dash as "?" would look like a broken label).
 */
const ASCII_STAND_INS: Readonly<Record<string, string>> = {
  "\u00a0": " ",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
  "\u2018": "'",
  "\u2019": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u2026": "...",
  "\u00d7": "x",
};

/**
 * The text as this font can draw it: accents are dropped (NFD splits "é" into "e" and a
 * combining mark), tabs and line breaks become spaces as SVG shows them, other control
 * characters are dropped as the SVG writer drops them, and anything else outside ASCII is "?".
 */
export function printableText(text: string): string {
  let printable = "";
  for (const character of text.normalize("NFD")) {
    const code = character.codePointAt(0) ?? 0;
    if (code >= FIRST_CODE && code <= LAST_CODE) printable += character;
    else if (/\p{M}/u.test(character)) continue;
    else if (character === "\t" || character === "\n" || character === "\r") printable += " ";
    else if (/\p{Cc}/u.test(character)) continue;
    else printable += ASCII_STAND_INS[character] ?? UNKNOWN_GLYPH;
  }
  return printable;
}

/**
 * Device pixels per grid cell for a font size in device pixels: the whole number whose cap
 * height comes nearest 0.7 of the size, and at least 1 so small text still shows.
 */
export function glyphScaleFor(sizePx: number): number {
  return Math.max(1, Math.round((CAP_HEIGHT_PER_SIZE * sizePx) / CAP_ROWS));
}

/**
 * Bold ink is each run widened by this many pixels to the right — the same as drawing the
 * text twice, the second time shifted — and every glyph advances by as much more.
 */
function boldWidening(scale: number): number {
  return Math.max(1, Math.floor(scale / 2));
}

function glyphsOf(text: string): Glyph[] {
  return [...printableText(text)].map(
    (character) => GLYPHS[(character.codePointAt(0) ?? 0) - FIRST_CODE] ?? QUESTION_MARK,
  );
}

function widthOf(glyphs: readonly Glyph[], scale: number, widening: number): number {
  if (glyphs.length === 0) return 0;
  const cells = glyphs.reduce((sum, glyph) => sum + glyph.width, 0);
  return (cells + LETTER_SPACING * (glyphs.length - 1)) * scale + widening * glyphs.length;
}

/**
 * The width of the text's ink box in device pixels, from the left edge of its first glyph to
 * the right edge of its last (no spacing after it), so "end" anchoring puts the ink exactly
 * before the anchor. 0 for a size that draws nothing.
 */
export function measureText(text: string, sizePx: number, bold = false): number {
  if (!(sizePx > 0)) return 0;
  const scale = glyphScaleFor(sizePx);
  return widthOf(glyphsOf(text), scale, bold ? boldWidening(scale) : 0);
}

/** An axis-aligned rectangle of ink in device pixels. */
export interface InkRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Text laid out from its start point: x grows along the text from 0, y grows downwards from
 * the baseline (so capitals lie between -capHeight and 0). All values are whole pixels.
 */
export interface TextInk {
  readonly width: number;
  readonly capHeight: number;
  readonly rects: readonly InkRect[];
}

export function textInk(text: string, sizePx: number, bold = false): TextInk {
  if (!(sizePx > 0)) return { width: 0, capHeight: 0, rects: [] };
  const scale = glyphScaleFor(sizePx);
  const widening = bold ? boldWidening(scale) : 0;
  const glyphs = glyphsOf(text);
  const rects: InkRect[] = [];
  let penX = 0;
  for (const glyph of glyphs) {
    for (const run of glyph.runs) {
      rects.push({
        x: penX + run.column * scale,
        y: (run.row - CAP_ROWS) * scale,
        width: run.length * scale + widening,
        height: scale,
      });
    }
    penX += (glyph.width + LETTER_SPACING) * scale + widening;
  }
  return { width: widthOf(glyphs, scale, widening), capHeight: CAP_ROWS * scale, rects };
}
