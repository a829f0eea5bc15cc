/**
 * Typographic folding: the same words typed with curly quotes, non-breaking spaces, soft hyphens or
 * non-breaking hyphens must match the same patterns. Folding never adds characters, so every folded
 * character keeps the index of the original character it came from.
 */
export interface Folded {
  text: string;
  /** map[i] is the index in the original string of folded character i (read-only: may be shared). */
  map: Uint32Array;
}

// Markers returned by foldChar: keep the character as it is, or drop it.
const Kind = { Keep: 0, Drop: 1 } as const;

function foldChar(code: number): string | 0 | 1 {
  if (code < 0x80) return Kind.Keep;
  switch (code) {
    case 0x00ad: // soft hyphen
    case 0x200b: // zero-width space and joiners
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return Kind.Drop;
    case 0x00a0:
    case 0x202f:
    case 0x205f:
    case 0x3000:
      return ' ';
    case 0x2018:
    case 0x2019:
    case 0x201b:
    case 0x2032:
    case 0x02bc:
      return "'";
    case 0x201c:
    case 0x201d:
    case 0x201e:
    case 0x201f:
    case 0x00ab:
    case 0x00bb:
      return '"';
    case 0x2212:
      return '-';
  }
  if (code >= 0x2000 && code <= 0x200a) return ' ';
  if (code >= 0x2010 && code <= 0x2015) return '-';
  return Kind.Keep;
}

/** Every character foldChar changes or drops (a unit test keeps the two in step). */
export const FOLDED_CHARS =
  /[\u00a0\u00ab\u00ad\u00bb\u02bc\u2000-\u200d\u2010-\u2015\u2018\u2019\u201b-\u201f\u202f\u2032\u205f\u2060\u2212\u3000\ufeff]/;

/** 0, 1, 2...: the map of a text folding leaves as it is (shared, read-only, grown on demand). */
let identity = new Uint32Array(0);
function identityMap(length: number): Uint32Array {
  if (identity.length < length) {
    identity = new Uint32Array(Math.max(length, identity.length * 2, 1024));
    for (let i = 0; i < identity.length; i++) identity[i] = i;
  }
  return identity.subarray(0, length);
}

/** Whether foldChar changes or drops the character with this code (for tests). */
export const isFolded = (code: number): boolean => foldChar(code) !== Kind.Keep;

export function fold(s: string): Folded {
  // Most text has nothing to fold: no character-by-character pass, no new map.
  if (!FOLDED_CHARS.test(s)) return { text: s, map: identityMap(s.length) };
  const map = new Uint32Array(s.length);
  let out = '';
  let n = 0;
  let runStart = 0; // start of the current run of unchanged characters, appended in one slice
  for (let i = 0; i < s.length; i++) {
    const f = foldChar(s.charCodeAt(i));
    if (f === Kind.Keep) {
      map[n++] = i;
      continue;
    }
    out += s.slice(runStart, i);
    if (f !== Kind.Drop) {
      out += f;
      map[n++] = i;
    }
    runStart = i + 1;
  }
  out += s.slice(runStart);
  return { text: out, map: map.subarray(0, n) };
}

/** Folded, lower-cased text for matching when offsets are not needed. */
export function norm(s: string): string {
  return fold(s).text.toLowerCase();
}
