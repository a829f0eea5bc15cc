/**
 * Compiles the catalogue's concept phrase lists into regular expressions. Phrase syntax: lower case;
 * a space matches spaces or hyphens; a hyphen is optional ("cross-border" = "crossborder");
 * `*` ends a word stem; `?` makes the previous character optional; a leading `/` marks a raw
 * regular expression.
 */
export function phraseToRegex(p: string): string {
  if (p.startsWith('/')) return `(?:${p.slice(1)})`;
  let body = '';
  for (const ch of p) {
    if (ch === ' ') body += '[\\s-]+';
    else if (ch === '-') body += '[\\s-]?';
    else if (ch === '*') body += '\\w*';
    else if ('.+^()[]{}|'.includes(ch)) body += `\\${ch}`;
    else body += ch; // letters, digits, and the `\` `?` `$` of hand-written escapes
  }
  const first = p[0] ?? '';
  const last = p[p.length - 1] ?? '';
  const lead = /\w/.test(first) ? '\\b' : '';
  const tail = /\w/.test(last) ? '\\b' : '';
  return `${lead}${body}${tail}`;
}

export function compileConcepts(concepts: Record<string, string[]>): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const [name, phrases] of Object.entries(concepts)) {
    // Longer phrases first, so a match covers "data centre" rather than "data".
    const sorted = [...phrases].sort((a, b) => b.length - a.length);
    out.set(name, new RegExp(sorted.map(phraseToRegex).join('|'), 'g'));
  }
  return out;
}
