/** Reading the command line's input: files, stdin or a URL, in whatever encoding they come. */
import { readFileSync, statSync } from 'node:fs';
import { declaredCharset, htmlToText } from './html';

export class InputError extends Error {}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i] as number;
    if (b === 0 || (b < 8 && b !== 0) || (b > 13 && b < 32 && b !== 27)) bad++;
  }
  return n > 0 && bad / n > 0.05;
}

// Windows-1252's printable characters in 0x80-0x9F (some runtimes decode these bytes as C1 controls).
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decode1252(buf: Uint8Array): string {
  const s = new TextDecoder('latin1').decode(buf);
  return s.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c);
}

const isLatin = (label: string) =>
  /^(?:windows-1252|cp1252|iso-8859-1|latin1|latin-1|us-ascii|ascii|iso8859-1|l1)$/i.test(label);

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** Decodes bytes: BOM first, then a charset from the HTTP header or the page, then UTF-8. */
export function decodeBytes(buf: Uint8Array, opts: { html: boolean; charset?: string | null }): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return new TextDecoder('utf-8').decode(buf.subarray(3));
  // UTF-16 without a BOM: every other byte of ASCII text is zero.
  if (buf.length >= 4 && buf[1] === 0 && buf[3] === 0 && buf[0] !== 0) return new TextDecoder('utf-16le').decode(buf);
  if (buf.length >= 4 && buf[0] === 0 && buf[2] === 0 && buf[1] !== 0) return new TextDecoder('utf-16be').decode(buf);
  if (looksBinary(buf)) throw new InputError('input looks binary, not text or HTML');
  let label = opts.charset ?? null;
  if (!label && opts.html) label = declaredCharset(new TextDecoder('latin1').decode(buf.subarray(0, 4096)));
  if (label && isLatin(label)) return decode1252(buf);
  const dec = decoderFor(label);
  if (dec) return dec.decode(buf);
  // Valid UTF-8 or, failing that, Windows-1252 (the usual legacy web encoding).
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return decode1252(buf);
  }
}

const isHtmlText = (s: string) =>
  /^\s*(?:<!doctype html|<html|<head|<body|<meta|<!--)/i.test(s) || /<\/(?:p|div|body|html)>/i.test(s.slice(0, 20000));

export async function readInput(arg: string): Promise<{ text: string; name: string }> {
  let buf: Uint8Array;
  let html = /\.x?html?$/i.test(arg);
  let charset: string | null = null;
  if (/^https?:\/\//i.test(arg)) {
    let res: Response;
    try {
      res = await fetch(arg, {
        redirect: 'follow',
        signal: AbortSignal.timeout(20000),
        headers: { 'user-agent': 'crosscheck-cli' },
      });
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const why = err.cause?.code ?? err.cause?.message;
      throw new InputError(
        `cannot fetch ${arg}: ${err.name === 'TimeoutError' ? 'timed out' : err.message}${why ? ` (${why})` : ''}`,
      );
    }
    if (!res.ok) throw new InputError(`cannot fetch ${arg}: HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    charset = /charset=([\w:.-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;
    html = html || /html|xml/i.test(type);
    buf = new Uint8Array(await res.arrayBuffer());
  } else if (arg === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    buf = new Uint8Array(Buffer.concat(chunks));
  } else {
    try {
      if (!statSync(arg).isFile()) throw new InputError(`not a file: ${arg}`);
      buf = new Uint8Array(readFileSync(arg));
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(
        `cannot read ${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`,
      );
    }
  }
  if (buf.length === 0) throw new InputError(`input is empty: ${arg}`);
  let text = decodeBytes(buf, { html, charset });
  if (html || isHtmlText(text)) text = htmlToText(text);
  if (!text.trim()) throw new InputError(`no text in input: ${arg}`);
  return { text, name: arg };
}
