/**
 * The reader's address. `#source=004&start=120&end=190` opens source 004 with that span marked (the
 * background builds these for "Read in source"); `#view=conflicts` opens the list of disagreements,
 * `&conflict=ID` at one of them. Every view has an address so back and forward work.
 */
export interface ReaderLocation {
  view: 'reader' | 'conflicts';
  source: string | null;
  start: number | null;
  end: number | null;
  conflict: string | null;
}

export function parseLocation(hash: string): ReaderLocation {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const source = params.get('source');
  const start = Number(params.get('start') ?? Number.NaN);
  const end = Number(params.get('end') ?? Number.NaN);
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start;
  const conflict = params.get('conflict');
  return {
    view: params.get('view') === 'conflicts' ? 'conflicts' : 'reader',
    source: source && /^\d{3}$/.test(source) ? source : null,
    start: valid ? start : null,
    end: valid ? end : null,
    conflict: conflict && /^[\w-]{1,80}$/.test(conflict) ? conflict : null,
  };
}

/** The address of a source, optionally opened at a span of its text. */
export function sourceHref(sourceId: string, span?: { start: number; end: number }): string {
  const params = new URLSearchParams({ source: sourceId });
  if (span) {
    params.set('start', String(span.start));
    params.set('end', String(span.end));
  }
  return `#${params}`;
}

/** The address of the disagreements view, optionally at one entry. */
export function conflictsHref(conflictId?: string): string {
  const params = new URLSearchParams({ view: 'conflicts' });
  if (conflictId) params.set('conflict', conflictId);
  return `#${params}`;
}
