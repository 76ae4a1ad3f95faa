import { createHash } from "node:crypto";
import fc from "fast-check";
import { Sha256, Sha256StateError, sha256Hex, utf8Bytes } from "../../../src/core/log/sha256";

const nodeSha256 = (data: Uint8Array | string): string =>
  createHash("sha256").update(data).digest("hex");

describe("SHA-256", () => {
  // FIPS 180-4 examples (NIST CSRC "Examples with intermediate values", SHA-256).
  it.each([
    ["the empty message", "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    [
      "the 448-bit message",
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    ],
    [
      "the 896-bit message",
      "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
    ],
    [
      "one million a's",
      "a".repeat(1_000_000),
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    ],
  ])("gives the published digest of %s", (_name, message, digest) => {
    expect(sha256Hex(message)).toBe(digest);
  });

  it("gives the same digest fed in pieces as in one go, across block boundaries", () => {
    const bytes = Uint8Array.from({ length: 65_536 }, (_, index) => (index * 31 + 7) & 0xff);
    const pieces = new Sha256();
    for (let offset = 0; offset < bytes.length; offset += 1000) {
      pieces.update(bytes.subarray(offset, offset + 1000));
    }
    expect(pieces.hex()).toBe(nodeSha256(bytes));
    expect(sha256Hex(bytes)).toBe(nodeSha256(bytes));
  });

  it("agrees with node:crypto on random byte arrays fed in random pieces", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.array(fc.nat({ max: 130 }), { maxLength: 5 }),
        (bytes, cuts) => {
          const hash = new Sha256();
          let offset = 0;
          for (const cut of cuts) {
            hash.update(bytes.subarray(offset, offset + cut));
            offset = Math.min(bytes.length, offset + cut);
          }
          hash.update(bytes.subarray(offset));
          expect(hash.hex()).toBe(nodeSha256(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hashes text as its UTF-8 bytes, as node:crypto does, astral characters included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 80 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text));
        expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(text, "utf8"))).toBe(true);
      }),
    );
  });

  it("encodes a lone surrogate as U+FFFD, as TextEncoder and Node do", () => {
    const text = "a\ud800b\udc00";
    expect(Buffer.from(utf8Bytes(text))).toEqual(Buffer.from(text, "utf8"));
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });

  it("refuses more input once it has given its digest", () => {
    const hash = new Sha256().update("abc");
    hash.hex();
    expect(() => hash.update("d")).toThrow(Sha256StateError);
    expect(() => hash.hex()).toThrow(Sha256StateError);
  });
});
