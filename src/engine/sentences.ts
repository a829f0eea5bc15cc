/**
 * Sentence splitting with offsets into the input. One left-to-right pass with bounded look-around,
 * so it stays linear on any input (a 1 MB run-on "sentence", binary junk, the empty string).
 */
export interface Span {
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period never ends a sentence (titles, "e.g.", "No. 3").
const NEVER_END = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'gov',
  'sen',
  'rep',
  'st',
  'lt',
  'col',
  'capt',
  'sgt',
  'mt',
  'no',
  'nos',
  'fig',
  'vs',
  'v',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'ca',
  'est',
  'dept',
  'messrs',
  'hon',
  'rev',
]);
// Abbreviations that may also end a sentence ("... to the U.S. It may ..."): they end one only when
// the next word is a usual sentence opener.
const MAYBE_END = new Set([
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bros',
  'jr',
  'sr',
  'etc',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'n.v',
  's.a',
]);
const OPENERS = new Set([
  'it',
  'its',
  'the',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'in',
  'on',
  'at',
  'a',
  'an',
  'as',
  'his',
  'her',
  'their',
  'our',
  'there',
  'if',
  'when',
  'while',
  'however',
  'meanwhile',
  'still',
  'yet',
  'so',
  'for',
  'after',
  'before',
  'since',
  'although',
  'though',
  'what',
  'why',
  'how',
  'who',
  'some',
  'many',
  'most',
  'all',
  'no',
  'not',
  'one',
  'two',
  'such',
  'tesla',
  'nvidia',
  'china',
]);

const TERMINAL = '.!?\u2026\u203c\u2047\u2048\u2049\u3002\uff01\uff1f';
const CLOSERS = '"\'\u201d\u2019)]}\u00bb\u203a';
const BULLET = /^(?:[-*\u2022\u2023\u25e6\u2043\u2219\u2013\u2014]|\d{1,3}[.)])\s+/;

const isSpace = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 0xa0 ||
  c === 0x202f ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x0c ||
  c === 0x0b;
const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85;
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** The word right before position i (letters and inner dots), at most 12 characters back. */
function wordBefore(text: string, i: number): string {
  let a = i;
  while (a > 0 && i - a < 12) {
    const ch = text[a - 1] as string;
    if (ch === '.' || isLetter(ch)) a--;
    else break;
  }
  return text.slice(a, i);
}

/** The word starting at position i, at most 12 characters. */
function wordAt(text: string, i: number): string {
  let b = i;
  while (b < text.length && b - i < 12 && isLetter(text[b] as string)) b++;
  return text.slice(i, b);
}

function periodEnds(text: string, dot: number, next: number): boolean {
  const before = wordBefore(text, dot);
  const key = before.toLowerCase();
  const nextCh = text[next] as string;
  if (isLower(nextCh)) return false; // "e.g. the", "approx. ten", "U.S. officials" stays below
  if (key === '') return true;
  if (NEVER_END.has(key)) return false;
  // A lone capital ("J. Smith") is an initial.
  if (before.length === 1 && before === before.toUpperCase() && isLetter(before)) return false;
  // Dotted acronyms (U.S., U.K., A.B.C.) and the listed abbreviations end a sentence only before an opener.
  if (MAYBE_END.has(key) || /^(?:[a-z]\.)+[a-z]$/i.test(before)) {
    return OPENERS.has(wordAt(text, next).toLowerCase());
  }
  return true;
}

export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const n = text.length;
  let segStart = 0;

  const emit = (a: number, b: number) => {
    while (a < b && (isSpace(text.charCodeAt(a)) || isBreak(text.charCodeAt(a)))) a++;
    while (b > a && (isSpace(text.charCodeAt(b - 1)) || isBreak(text.charCodeAt(b - 1)))) b--;
    if (a >= b) return;
    // Bullet markers are layout, not sentence text.
    const head = text.slice(a, Math.min(b, a + 8));
    const m = BULLET.exec(head);
    if (m && a + m[0].length < b) a += m[0].length;
    out.push({ text: text.slice(a, b), start: a, end: b });
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) {
      emit(segStart, i);
      segStart = i + 1;
      i++;
      continue;
    }
    if (TERMINAL.indexOf(text[i] as string) < 0) {
      i++;
      continue;
    }
    // A run of terminal marks, then any closing quotes or brackets.
    let j = i;
    while (j < n && TERMINAL.indexOf(text[j] as string) >= 0) j++;
    let k = j;
    while (k < n && CLOSERS.indexOf(text[k] as string) >= 0) k++;
    if (k < n && !isSpace(text.charCodeAt(k)) && !isBreak(text.charCodeAt(k))) {
      i = j; // "3.8", "U.S.-China", "e.g.,", "Nvidia.com"
      continue;
    }
    let m = k;
    while (m < n && isSpace(text.charCodeAt(m))) m++;
    if (m >= n || isBreak(text.charCodeAt(m))) {
      emit(segStart, k);
      segStart = k;
      i = k;
      continue;
    }
    const single = j - i === 1 && text[i] === '.';
    const ends = single ? periodEnds(text, i, m) : !isLower(text[m] as string);
    if (ends) {
      emit(segStart, k);
      segStart = k;
    }
    i = k;
  }
  emit(segStart, n);
  return out;
}
