/**
 * Turns an HTML page into plain text for cross-checking: drops scripts, styles and comments, breaks
 * lines at block elements, decodes entities. Small on purpose; not a full HTML parser.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  copy: '\u00a9',
  reg: '\u00ae',
  trade: '\u2122',
  euro: '\u20ac',
  pound: '\u00a3',
  yen: '\u00a5',
  cent: '\u00a2',
  deg: '\u00b0',
  middot: '\u00b7',
  bull: '\u2022',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
  zwj: '\u200d',
  zwnj: '\u200c',
  times: '\u00d7',
  eacute: '\u00e9',
  egrave: '\u00e8',
  uuml: '\u00fc',
  ouml: '\u00f6',
  auml: '\u00e4',
  szlig: '\u00df',
  aacute: '\u00e1',
  iacute: '\u00ed',
  oacute: '\u00f3',
  uacute: '\u00fa',
  ntilde: '\u00f1',
  ccedil: '\u00e7',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});?/gi, (all, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? NAMED[body] ?? all;
  });
}

const BLOCK =
  /^(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|aside|nav|blockquote|pre|figure|figcaption|dd|dt|dl|main|title|option|form|fieldset|address|summary|details)$/i;

export function htmlToText(html: string): string {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|noscript|template|svg|iframe|object|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (m, tag: string) =>
      tag.toLowerCase() === 'head' ? headTitle(m) : ' ',
    )
    .replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ' ');
  s = s.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_m, tag: string) => (BLOCK.test(tag) ? '\n' : ''));
  s = s.replace(/<[!?][^>]*>/g, '');
  s = decodeEntities(s);
  return s
    .replace(/[ \t\f\v\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? '\u00a0' : ' '))
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

/** Keeps the page title (a headline is worth checking) and drops the rest of <head>. */
function headTitle(head: string): string {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(head);
  return m ? `\n${m[1]}\n` : ' ';
}

/** The charset a page declares in a meta tag, read from its first bytes. */
export function declaredCharset(headBytes: string): string | null {
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(headBytes);
  return m ? (m[1] as string).toLowerCase() : null;
}
