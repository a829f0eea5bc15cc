/**
 * Typographic folding: the same words typed with curly quotes, non-breaking spaces, soft hyphens or
 * non-breaking hyphens must match the same patterns. Folding never adds characters, so every folded
 * character keeps the index of the original character it came from.
 */
export interface Folded {
  text: string;
  /** map[i] is the index in the original string of folded character i. */
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

export function fold(s: string): Folded {
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
