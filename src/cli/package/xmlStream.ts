/**
 * One package part parsed with saxes while it is inflated, chunk by chunk: no part is ever
 * held whole as text, and nothing is built but what the visitor keeps. Elements are named
 * without their prefix (`x:c` is `c`), as some writers prefix SpreadsheetML's namespace.
 */
import { StringDecoder } from "node:string_decoder";
import { TextDecoder } from "node:util";
import { SaxesParser } from "saxes";
import type { ZipPackage } from "./zip";

export interface XmlVisitor {
  /** An element's start, by its local name; attributes keep their prefixes (`r:id`). */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  /** An element's end (also called right after `open` for `<a/>`). */
  close?(name: string): void;
  /** Character data, entities decoded; may come in several pieces. */
  text?(text: string): void;
}

/** Parses the part into `visitor`; false when the package has no such part. */
export function readXmlPart(zip: ZipPackage, partName: string, visitor: XmlVisitor): boolean {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => visitor.open(localName(tag.name), tag.attributes));
  const { close, text } = visitor;
  if (close) parser.on("closetag", (tag) => close.call(visitor, localName(tag.name)));
  if (text) {
    parser.on("text", (data) => text.call(visitor, data));
    parser.on("cdata", (data) => text.call(visitor, data));
  }
  let decoder: ChunkDecoder | undefined;
  const found = zip.streamPart(partName, (chunk) => {
    decoder ??= decoderFor(chunk);
    parser.write(decoder.write(chunk));
  });
  if (!found) return false;
  if (decoder) parser.write(decoder.end());
  parser.close();
  return true;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Text from bytes that arrive in pieces; a character split between two pieces is kept whole. */
interface ChunkDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/**
 * Office writes UTF-8; a part saved as UTF-16 says so with its byte order mark. Node's
 * `StringDecoder` is used where it can be: it decodes several times faster than `TextDecoder`
 * in streaming mode.
 */
function decoderFor(firstChunk: Uint8Array): ChunkDecoder {
  if (firstChunk[0] === 0xfe && firstChunk[1] === 0xff) {
    const decoder = new TextDecoder("utf-16be");
    return {
      write: (chunk) => decoder.decode(chunk, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  const utf16 = firstChunk[0] === 0xff && firstChunk[1] === 0xfe;
  const decoder = new StringDecoder(utf16 ? "utf16le" : "utf8");
  let first = true;
  return {
    write(chunk) {
      const text = decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      if (!first) return text;
      first = false;
      // The byte order mark is not part of the text (saxes refuses it before `<?xml`).
      return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    },
    end: () => decoder.end(),
  };
}
