import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createEngine } from '../engine';
import { paragraphs, parseLocation, type ReaderLocation } from './location';

const engine = createEngine();

/** The source reader: one bundled article in full, opened at a sentence when called from the card. */
export function SourceReader() {
  const [location, setLocation] = useState<ReaderLocation>(() => parseLocation(window.location.hash));
  const markRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const onHash = () => setLocation(parseLocation(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const source = engine.sources.find((s) => s.id === location.source) ?? engine.sources[0];
  const text = source ? (engine.getSourceText(source.id) ?? '') : '';
  const mark =
    location.source === source?.id && location.start !== null && location.end !== null
      ? { start: location.start, end: location.end }
      : null;
  const body = useMemo(() => {
    const sentences = source ? engine.getSourceSentences(source.id) : [];
    // A line is article text when one of the cleaned article sentences lies in it.
    const keep = (start: number, end: number) => sentences.some((s) => s.start < end && s.end > start);
    return paragraphs(text, mark, keep);
  }, [source?.id, text, mark?.start, mark?.end]);

  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
    markRef.current?.focus();
  }, [source?.id, mark?.start]);

  if (!source) return <main class="page-main">No sources are bundled.</main>;
  return (
    <div class="reader">
      <nav aria-label="Sources" class="reader-nav">
        <h2>Sources</h2>
        <ul>
          {engine.sources.map((s) => (
            <li key={s.id}>
              <a href={`#source=${s.id}`} aria-current={s.id === source.id ? 'page' : undefined}>
                {s.title ?? s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="page-main" data-source={source.id}>
        <h1>{source.title ?? source.label}</h1>
        <p class="muted">
          {source.kind}
          {source.date ? ` · dated ${source.date}` : ' · undated'} · source {source.id}
        </p>
        <article>
          {body.map((p) => (
            <p key={p.start}>
              {p.segments.map((seg, i) =>
                seg.marked ? (
                  <mark key={i} id="evidence" ref={markRef} tabIndex={-1}>
                    {seg.text}
                  </mark>
                ) : (
                  seg.text
                ),
              )}
            </p>
          ))}
        </article>
      </main>
    </div>
  );
}
