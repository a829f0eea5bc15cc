/** The reader's address: `#source=004&start=120&end=190` opens source 004 with that span marked. */
export interface ReaderLocation {
  source: string | null;
  start: number | null;
  end: number | null;
}

export function parseLocation(hash: string): ReaderLocation {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const source = params.get('source');
  const start = Number(params.get('start'));
  const end = Number(params.get('end'));
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start;
  return {
    source: source && /^\d{3}$/.test(source) ? source : null,
    start: valid ? start : null,
    end: valid ? end : null,
  };
}

export interface Segment {
  text: string;
  marked: boolean;
}

export interface Paragraph {
  start: number;
  segments: Segment[];
}

/**
 * Splits an article into paragraphs (one per line) and cuts out the marked span, so the page can
 * render it as text nodes and one <mark>. Lines for which `keep` is false (cross-links, debris)
 * are left out.
 */
export function paragraphs(
  text: string,
  mark: { start: number; end: number } | null,
  keep: (start: number, end: number) => boolean,
): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const start = at;
    const end = at + line.length;
    at = end + 1;
    if (line.trim() === '' || !keep(start, end)) continue;
    const segments: Segment[] = [];
    if (mark && mark.start < end && mark.end > start) {
      const a = Math.max(mark.start, start) - start;
      const b = Math.min(mark.end, end) - start;
      if (a > 0) segments.push({ text: line.slice(0, a), marked: false });
      segments.push({ text: line.slice(a, b), marked: true });
      if (b < line.length) segments.push({ text: line.slice(b), marked: false });
    } else {
      segments.push({ text: line, marked: false });
    }
    out.push({ start, segments });
  }
  return out;
}
