// Keyed BLAKE2s (RFC 7693) in pure TypeScript: the keyed hash of every finding (no Node crypto: the
// core runs in browsers too). BLAKE2s is a PRF in keyed mode, so a low-entropy value such as a
// personnummer cannot be brute-forced from its hash without the key. It replaced HMAC-SHA-256:
// the key block is compressed once per detector, so a short value costs one compression of ten
// 32-bit rounds instead of two SHA-256 blocks — a finding every ~50 bytes (a register) made the
// hash a third of the engine's time. @noble/hashes is the oracle in the tests; its one-shot API
// compresses the key block on every call and allocates, which is what this file avoids.

const IV = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

// The message schedule (RFC 7693 SIGMA), one row per round; compress() has it written out, so that
// every message word is a local and no round indexes through a table (1.4x faster per hash):
//   0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
//   14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3
//   11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4
//   7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8
//   9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13
//   2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9
//   12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11
//   13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10
//   6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5
//   10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0

/**
 * Compress the 16 little-endian words `m` into state `h` (in place). `t` is the byte count so far
 * (below 2^32 here: values and keys are short), `last` marks the final block. Int32 arithmetic
 * (`| 0`) keeps V8 on small integers; the 16 working words and the 16 message words are locals.
 * Each line is one half of G(a, b, c, d, x, y) with the rotations written out:
 *   a += b + x; d = (d ^ a) >>> 16; c += d; b = (b ^ c) >>> 12;
 *   a += b + y; d = (d ^ a) >>> 8;  c += d; b = (b ^ c) >>> 7
 * columns (0 4 8 12) … (3 7 11 15), then diagonals (0 5 10 15) … (3 4 9 14), per round.
 */
function compress(h: Int32Array, m: Int32Array, t: number, last: boolean): void {
  let v0 = h[0]!, v1 = h[1]!, v2 = h[2]!, v3 = h[3]!, v4 = h[4]!, v5 = h[5]!, v6 = h[6]!, v7 = h[7]!;
  let v8 = IV[0]!, v9 = IV[1]!, v10 = IV[2]!, v11 = IV[3]!;
  let v12 = IV[4]! ^ t, v13 = IV[5]!, v14 = last ? ~IV[6]! : IV[6]!, v15 = IV[7]!;
  const m0 = m[0]!, m1 = m[1]!, m2 = m[2]!, m3 = m[3]!, m4 = m[4]!, m5 = m[5]!, m6 = m[6]!, m7 = m[7]!;
  const m8 = m[8]!, m9 = m[9]!, m10 = m[10]!, m11 = m[11]!, m12 = m[12]!, m13 = m[13]!, m14 = m[14]!, m15 = m[15]!;
  let x = 0;
  // prettier-ignore
  {
    // round 0
    v0 = (v0 + v4 + m0) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m1) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m2) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m3) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m4) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m5) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m6) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m7) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m8) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m9) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m10) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m11) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m12) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m13) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m14) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m15) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 1
    v0 = (v0 + v4 + m14) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m10) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m4) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m8) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m9) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m15) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m13) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m6) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m1) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m12) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m0) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m2) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m11) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m7) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m5) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m3) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 2
    v0 = (v0 + v4 + m11) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m8) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m12) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m0) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m5) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m2) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m15) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m13) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m10) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m14) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m3) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m6) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m7) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m1) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m9) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m4) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 3
    v0 = (v0 + v4 + m7) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m9) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m3) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m1) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m13) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m12) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m11) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m14) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m2) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m6) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m5) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m10) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m4) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m0) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m15) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m8) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 4
    v0 = (v0 + v4 + m9) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m0) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m5) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m7) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m2) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m4) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m10) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m15) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m14) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m1) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m11) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m12) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m6) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m8) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m3) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m13) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 5
    v0 = (v0 + v4 + m2) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m12) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m6) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m10) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m0) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m11) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m8) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m3) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m4) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m13) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m7) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m5) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m15) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m14) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m1) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m9) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 6
    v0 = (v0 + v4 + m12) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m5) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m1) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m15) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m14) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m13) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m4) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m10) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m0) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m7) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m6) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m3) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m9) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m2) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m8) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m11) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 7
    v0 = (v0 + v4 + m13) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m11) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m7) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m14) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m12) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m1) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m3) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m9) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m5) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m0) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m15) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m4) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m8) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m6) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m2) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m10) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 8
    v0 = (v0 + v4 + m6) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m15) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m14) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m9) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m11) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m3) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m0) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m8) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m12) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m2) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m13) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m7) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m1) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m4) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m10) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m5) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
    // round 9
    v0 = (v0 + v4 + m10) | 0; x = v12 ^ v0; v12 = (x >>> 16) | (x << 16); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 12) | (x << 20);
    v0 = (v0 + v4 + m2) | 0; x = v12 ^ v0; v12 = (x >>> 8) | (x << 24); v8 = (v8 + v12) | 0; x = v4 ^ v8; v4 = (x >>> 7) | (x << 25);
    v1 = (v1 + v5 + m8) | 0; x = v13 ^ v1; v13 = (x >>> 16) | (x << 16); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 12) | (x << 20);
    v1 = (v1 + v5 + m4) | 0; x = v13 ^ v1; v13 = (x >>> 8) | (x << 24); v9 = (v9 + v13) | 0; x = v5 ^ v9; v5 = (x >>> 7) | (x << 25);
    v2 = (v2 + v6 + m7) | 0; x = v14 ^ v2; v14 = (x >>> 16) | (x << 16); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 12) | (x << 20);
    v2 = (v2 + v6 + m6) | 0; x = v14 ^ v2; v14 = (x >>> 8) | (x << 24); v10 = (v10 + v14) | 0; x = v6 ^ v10; v6 = (x >>> 7) | (x << 25);
    v3 = (v3 + v7 + m1) | 0; x = v15 ^ v3; v15 = (x >>> 16) | (x << 16); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 12) | (x << 20);
    v3 = (v3 + v7 + m5) | 0; x = v15 ^ v3; v15 = (x >>> 8) | (x << 24); v11 = (v11 + v15) | 0; x = v7 ^ v11; v7 = (x >>> 7) | (x << 25);
    v0 = (v0 + v5 + m15) | 0; x = v15 ^ v0; v15 = (x >>> 16) | (x << 16); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 12) | (x << 20);
    v0 = (v0 + v5 + m11) | 0; x = v15 ^ v0; v15 = (x >>> 8) | (x << 24); v10 = (v10 + v15) | 0; x = v5 ^ v10; v5 = (x >>> 7) | (x << 25);
    v1 = (v1 + v6 + m9) | 0; x = v12 ^ v1; v12 = (x >>> 16) | (x << 16); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 12) | (x << 20);
    v1 = (v1 + v6 + m14) | 0; x = v12 ^ v1; v12 = (x >>> 8) | (x << 24); v11 = (v11 + v12) | 0; x = v6 ^ v11; v6 = (x >>> 7) | (x << 25);
    v2 = (v2 + v7 + m3) | 0; x = v13 ^ v2; v13 = (x >>> 16) | (x << 16); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 12) | (x << 20);
    v2 = (v2 + v7 + m12) | 0; x = v13 ^ v2; v13 = (x >>> 8) | (x << 24); v8 = (v8 + v13) | 0; x = v7 ^ v8; v7 = (x >>> 7) | (x << 25);
    v3 = (v3 + v4 + m13) | 0; x = v14 ^ v3; v14 = (x >>> 16) | (x << 16); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 12) | (x << 20);
    v3 = (v3 + v4 + m0) | 0; x = v14 ^ v3; v14 = (x >>> 8) | (x << 24); v9 = (v9 + v14) | 0; x = v4 ^ v9; v4 = (x >>> 7) | (x << 25);
  }
  h[0] = h[0]! ^ v0 ^ v8; h[1] = h[1]! ^ v1 ^ v9; h[2] = h[2]! ^ v2 ^ v10; h[3] = h[3]! ^ v3 ^ v11;
  h[4] = h[4]! ^ v4 ^ v12; h[5] = h[5]! ^ v5 ^ v13; h[6] = h[6]! ^ v6 ^ v14; h[7] = h[7]! ^ v7 ^ v15;
}

const HEX = '0123456789abcdef';
const HEX_CODES = new Uint8Array(16).map((_, i) => HEX.charCodeAt(i));

/** The first `outBytes` bytes of the state, little-endian, as lower-case hex. */
function stateHex(h: Int32Array, outBytes: number, codes: number[]): string {
  for (let i = 0; i < outBytes; i++) {
    const byte = (h[i >>> 2]! >>> ((i & 3) << 3)) & 0xff;
    codes[2 * i] = HEX_CODES[byte >>> 4]!;
    codes[2 * i + 1] = HEX_CODES[byte & 15]!;
  }
  return String.fromCharCode.apply(null, codes);
}

function bytesOf(s: string | Uint8Array): Uint8Array {
  return typeof s === 'string' ? new TextEncoder().encode(s) : s;
}

/**
 * A BLAKE2s function over `prefix + value` as hex, keyed unless the key is empty. Equal to
 * BLAKE2s(key, utf8(prefix + value), outBytes) of RFC 7693 for every input; a key longer than 32
 * bytes is first hashed to 32 (as HMAC does with long keys). ASCII messages of up to 64 bytes
 * (every identifier) take the one-compression path without allocation.
 */
export function createKeyedHashHex(key: string | Uint8Array, outBytes = 16): (prefix: string, value: string) => string {
  if (!Number.isInteger(outBytes) || outBytes < 1 || outBytes > 32) throw new Error('BLAKE2s output must be 1–32 bytes');
  let k = bytesOf(key);
  if (k.length > 32) k = hexBytes(hasher(new Uint8Array(0), 32).general(k));
  return hasher(k, outBytes).prefixed;
}

function hasher(k: Uint8Array, outBytes: number) {
  const init = new Int32Array(IV);
  init[0] = init[0]! ^ 0x01010000 ^ (k.length << 8) ^ outBytes;
  const m = new Int32Array(16);
  // A key, padded with zeros, is the first block of every message: compressed once, here.
  const start = new Int32Array(init);
  const t0 = k.length > 0 ? 64 : 0;
  if (t0 > 0) {
    load(m, k, 0, k.length);
    compress(start, m, 64, false);
  }
  const h = new Int32Array(8);
  const codes = new Array<number>(outBytes * 2).fill(0);

  const general = (message: Uint8Array): string => {
    if (message.length === 0) {
      // The key block (or an empty block, unkeyed) is itself the final block.
      h.set(init);
      load(m, k, 0, k.length);
      compress(h, m, t0, true);
      return stateHex(h, outBytes, codes);
    }
    h.set(start);
    let t = t0;
    let off = 0;
    // Every block but the last is compressed as it fills; the last (possibly partial) is final.
    for (; message.length - off > 64; off += 64) {
      load(m, message, off, 64);
      t += 64;
      compress(h, m, t, false);
    }
    load(m, message, off, message.length - off);
    compress(h, m, t + message.length - off, true);
    return stateHex(h, outBytes, codes);
  };

  const prefixed = (prefix: string, value: string): string => {
    const pl = prefix.length;
    const len = pl + value.length;
    if (len === 0 || len > 64) return general(bytesOf(prefix + value));
    m.fill(0);
    for (let i = 0; i < len; i++) {
      const c = i < pl ? prefix.charCodeAt(i) : value.charCodeAt(i - pl);
      if (c > 127) return general(bytesOf(prefix + value));
      m[i >>> 2] = m[i >>> 2]! | (c << ((i & 3) << 3));
    }
    h.set(start);
    compress(h, m, t0 + len, true);
    return stateHex(h, outBytes, codes);
  };
  return { general, prefixed };
}

/** Bytes from..from+len of `bytes` as little-endian words, zero-padded to 64 bytes. */
function load(m: Int32Array, bytes: Uint8Array, from: number, len: number): void {
  m.fill(0);
  for (let i = 0; i < len; i++) m[i >>> 2] = m[i >>> 2]! | (bytes[from + i]! << ((i & 3) << 3));
}

function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from({ length: hex.length / 2 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
}
