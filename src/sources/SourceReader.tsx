import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createEngine } from '../engine';
import { INDEX } from '../engine/generated/index';
import type { Span } from '../engine/types';
import { type ArticleData, ArticleView } from './ArticleView';
import { ConflictsView } from './ConflictsView';
import { conflictEntries } from './conflicts';
import { formatDate, kindName, sourceName, t } from './i18n';
import { conflictsHref, parseLocation, type ReaderLocation, sourceHref } from './location';

const engine = createEngine();
// The engine's API has no accessor for the debris it dropped; the index it is built from has.
const droppedOf = (id: string): Span[] => INDEX.sources.find((s) => s.id === id)?.dropped ?? [];
const data: ArticleData = {
  sources: engine.sources,
  claims: engine.claims,
  conflicts: engine.conflicts,
  text: (id) => engine.getSourceText(id) ?? '',
  sentences: (id) => engine.getSourceSentences(id),
  dropped: droppedOf,
};

/** The source reader: the bundled articles in full, and where they disagree. */
export function SourceReader() {
  const [location, setLocation] = useState<ReaderLocation>(() => parseLocation(window.location.hash));
  const navigated = useRef(false);
  const markRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);

  useEffect(() => {
    const onHash = () => {
      navigated.current = true;
      setLocation(parseLocation(window.location.hash));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const source =
    location.view === 'reader'
      ? (engine.sources.find((s) => s.id === location.source) ?? engine.sources[0])
      : undefined;
  const evidence =
    source && location.source === source.id && location.start !== null && location.end !== null
      ? { start: location.start, end: location.end }
      : null;
  const entries = useMemo(() => conflictEntries(engine.conflicts, engine.claims), []);

  const viewName = source ? sourceName(source) : t('sources_conflicts_link');
  useEffect(() => {
    document.title = t('sources_title_with_view', viewName);
  }, [viewName]);

  // Opening at a sentence: centre it and move focus to it. Otherwise, after a navigation inside the
  // page, focus goes to the new view's heading so keyboard and screen-reader users land there.
  useEffect(() => {
    const conflictHeading = location.conflict ? document.getElementById(`conflict-${location.conflict}-heading`) : null;
    const target = markRef.current ?? conflictHeading;
    if (target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: markRef.current ? 'center' : 'start' });
    } else if (navigated.current) {
      window.scrollTo(0, 0);
      headingRef.current?.focus({ preventScroll: true });
    }
  }, [location.view, source?.id, evidence?.start, evidence?.end, location.conflict]);

  if (engine.sources.length === 0) return <main class="page-main">{t('sources_none')}</main>;
  return (
    <>
      <button type="button" class="skip-link" onClick={skipToContent}>
        {t('sources_skip')}
      </button>
      <div class="reader">
        <nav aria-label={t('sources_nav_label')} class="reader-nav" data-testid="sources-nav">
          <h2 id="nav-sources-heading">{t('sources_nav_heading')}</h2>
          <ul aria-labelledby="nav-sources-heading">
            {engine.sources.map((s) => (
              <li key={s.id}>
                <a
                  href={sourceHref(s.id)}
                  aria-current={s.id === source?.id ? 'page' : undefined}
                  data-testid={`nav-source-${s.id}`}
                >
                  {sourceName(s)}
                </a>
                <span class="nav-meta muted">
                  {t('sources_source_id', s.id)} · {kindName(s.kind)}
                  {s.date ? ` · ${formatDate(s.date)}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <h2 id="nav-views-heading" class="nav-views-heading">
            {t('sources_nav_views')}
          </h2>
          <ul aria-labelledby="nav-views-heading">
            <li>
              <a
                href={conflictsHref()}
                aria-current={location.view === 'conflicts' ? 'page' : undefined}
                data-testid="nav-conflicts"
              >
                {t('sources_conflicts_link')}
              </a>
            </li>
          </ul>
        </nav>
        <main
          id="content"
          tabIndex={-1}
          class="page-main"
          data-source={source?.id}
          data-view={location.view}
          data-testid={location.view === 'conflicts' ? 'conflicts-view' : 'reader-view'}
        >
          {source ? (
            <ArticleView
              key={source.id}
              data={data}
              source={source}
              evidence={evidence}
              markRef={markRef}
              headingRef={headingRef}
            />
          ) : (
            <ConflictsView entries={entries} sources={engine.sources} headingRef={headingRef} />
          )}
        </main>
      </div>
    </>
  );
}

/** A button, not a link: the address names the view, so "#content" would change it. */
function skipToContent() {
  document.getElementById('content')?.focus();
}
