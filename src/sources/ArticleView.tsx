import { useMemo, useState } from 'preact/hooks';
import type { ClaimSummary } from '../engine/index';
import type { Conflict, SourceMeta, Span } from '../engine/types';
import { articleBlocks, type Block, groupBlocks, type Piece } from './article';
import {
  byRelation,
  type ClaimComparison,
  type ClaimSentence,
  claimSentences,
  compareClaim,
  summarize,
} from './claims';
import { formatDate, kindName, ownStance, relationName, sourceName, t } from './i18n';
import { conflictsHref, sourceHref } from './location';

export interface ArticleData {
  sources: SourceMeta[];
  claims: ClaimSummary[];
  conflicts: Conflict[];
  text: (id: string) => string;
  sentences: (id: string) => Span[];
  dropped: (id: string) => Span[];
}

interface Props {
  data: ArticleData;
  source: SourceMeta;
  evidence: { start: number; end: number } | null;
  /** The <mark> of the span from the address, to scroll to and focus. */
  markRef: { current: HTMLElement | null };
  headingRef: { current: HTMLHeadingElement | null };
}

export function SourceMetaLine({ source }: { source: SourceMeta }) {
  return (
    <>
      {t('sources_source_id', source.id)} · {kindName(source.kind)} ·{' '}
      {source.date ? <time dateTime={source.date}>{formatDate(source.date)}</time> : t('sources_undated')}
    </>
  );
}

/** One source in full, its claim sentences marked, opened at the span from the address. */
export function ArticleView({ data, source, evidence, markRef, headingRef }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const text = data.text(source.id);
  const inText = evidence !== null && evidence.end <= text.length ? evidence : null;

  const tagged = useMemo(() => claimSentences(source.id, data.sentences(source.id), data.claims), [source.id, data]);
  const comparisons = useMemo(() => {
    const ids = data.sources.map((s) => s.id);
    const out = new Map<string, ClaimComparison[]>();
    for (const s of tagged) {
      const list = s.claimIds
        .map((id) => compareClaim(source.id, id, data.claims, data.conflicts, ids))
        .filter((c): c is ClaimComparison => c !== null);
      out.set(s.key, list);
    }
    return out;
  }, [tagged, source.id, data]);
  const blocks = useMemo(
    () =>
      articleBlocks({
        text,
        sentences: data.sentences(source.id),
        dropped: data.dropped(source.id),
        title: source.title,
        claims: tagged,
        evidence: inText,
      }),
    [text, source.id, tagged, inText?.start, inText?.end],
  );

  // A span outside the article text (a dropped line, past the end) cannot be shown: say so.
  const marked = blocks.some((b) => b.runs.some((r) => r.evidence));

  const toggle = (key: string) =>
    setOpen((was) => {
      const next = new Set(was);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  let markPlaced = false;
  const renderPieces = (block: Block) =>
    block.runs.map((run, i) => {
      const content = run.pieces.map((p, j) => renderPiece(p, j));
      if (!run.evidence) return content;
      const first = !markPlaced;
      markPlaced = true;
      return first ? (
        <mark key={`m${i}`} id="evidence" tabIndex={-1} ref={markRef} data-testid="evidence">
          {content}
        </mark>
      ) : (
        <mark key={`m${i}`}>{content}</mark>
      );
    });

  const renderPiece = (p: Piece, key: number) => {
    if (p.type === 'text') {
      if (!p.claim) return p.text;
      const disputed = (summarize(comparisons.get(p.claim) ?? []).disagrees ?? 0) > 0;
      return (
        <span key={key} class={`claim-text${disputed ? ' disputed' : ''}`} data-claim-sentence={p.claim}>
          {p.text}
        </span>
      );
    }
    const counts = summarize(comparisons.get(p.claim) ?? []);
    const expanded = open.has(p.claim);
    return (
      <button
        key={key}
        type="button"
        class={`claim-marker${counts.disagrees > 0 ? ' disputed' : ''}`}
        aria-expanded={expanded}
        aria-controls={panelId(p.claim)}
        data-testid="claim-marker"
        data-claim-sentence={p.claim}
        onClick={() => toggle(p.claim)}
      >
        <span class="visually-hidden">{t('sources_marker_prefix')} </span>
        {counts.supports + counts.disagrees === 0
          ? t('sources_marker_alone')
          : t('sources_marker_counts', [String(counts.supports), String(counts.disagrees)])}
      </button>
    );
  };

  const panelsFor = (block: Block) =>
    tagged
      .filter((s) => open.has(s.key) && blockHasMarker(block, s.key))
      .map((s) => <ClaimPanel key={s.key} sentence={s} comparisons={comparisons.get(s.key) ?? []} data={data} />);

  const renderBlock = (block: Block) => {
    if (block.kind === 'heading')
      return (
        <div key={block.start}>
          <h2 class="article-subheading">{renderPieces(block)}</h2>
          {panelsFor(block)}
        </div>
      );
    return (
      <div key={block.start} class="article-block">
        <p>{renderPieces(block)}</p>
        {panelsFor(block)}
      </div>
    );
  };

  return (
    <>
      <header class="article-header">
        <h1 ref={headingRef} tabIndex={-1} data-testid="source-heading">
          {sourceName(source)}
        </h1>
        {source.title === null && (
          <p class="described" data-testid="source-described">
            {t('sources_described')}
          </p>
        )}
        <p class="muted">
          <SourceMetaLine source={source} />
        </p>
        {evidence !== null && !marked && <p role="status">{t('sources_evidence_missing')}</p>}
        {tagged.length > 0 && <p class="legend muted">{t('sources_legend')}</p>}
      </header>
      <article class="article-body" data-testid="article">
        {groupBlocks(blocks).map((b) =>
          b.kind === 'list' ? (
            <ul key={b.start} class="article-list">
              {b.items.map((item) => (
                <li key={item.start}>
                  {renderPieces(item)}
                  {panelsFor(item)}
                </li>
              ))}
            </ul>
          ) : (
            renderBlock(b)
          ),
        )}
      </article>
    </>
  );
}

const panelId = (key: string) => `claim-panel-${key}`;
const blockHasMarker = (block: Block, key: string) =>
  block.runs.some((r) => r.pieces.some((p) => p.type === 'marker' && p.claim === key));

function ClaimPanel({
  sentence,
  comparisons,
  data,
}: {
  sentence: ClaimSentence;
  comparisons: ClaimComparison[];
  data: ArticleData;
}) {
  const nameOf = (id: string) => data.sources.find((s) => s.id === id);
  return (
    // Not a labelled region: several panels may be open and landmarks must have distinct names; the
    // button that opens it points to it with aria-controls.
    <div class="claim-panel" id={panelId(sentence.key)} data-testid="claim-panel" data-claim-sentence={sentence.key}>
      {comparisons.map((c) => (
        <div key={c.claimId} class="claim-compare" data-claim={c.claimId}>
          <p class="claim-statement">{t('sources_claim', c.statement)}</p>
          {c.stance && <p class="muted">{ownStance(c.stance)}</p>}
          <ul class="claim-others">
            {byRelation(c.others).map((o) => {
              const other = nameOf(o.sourceId);
              return (
                <li
                  key={o.sourceId}
                  class={`other relation-${o.relation}`}
                  data-testid="claim-other"
                  data-source={o.sourceId}
                  data-relation={o.relation}
                >
                  <p class="other-head">
                    <span class="relation">
                      {relationName(o.relation)}
                      {o.relation === 'supports' && o.stance === 'hedges' ? `, ${t('sources_relation_hedged')}` : ''}
                    </span>{' '}
                    <span class="other-name">
                      {t('sources_source_id', o.sourceId)}
                      {other ? ` · ${sourceName(other)}` : ''}
                    </span>
                  </p>
                  {o.evidence.slice(0, 1).map((ev) => (
                    <Quote key={ev.start} sourceId={o.sourceId} span={ev} />
                  ))}
                  {o.evidence.length > 1 && (
                    // The first sentence makes the point; the rest stay one click away to keep panels short.
                    <details class="more-quotes">
                      <summary>{t('sources_more_quotes', String(o.evidence.length - 1))}</summary>
                      {o.evidence.slice(1).map((ev) => (
                        <Quote key={ev.start} sourceId={o.sourceId} span={ev} />
                      ))}
                    </details>
                  )}
                  {o.differs.map((d) => (
                    <p key={d.conflictId} class="differs">
                      {t(o.relation === 'supports' ? 'sources_differs' : 'sources_says_instead', d.says)}{' '}
                      <a href={conflictsHref(d.conflictId)} data-testid="see-conflict">
                        {t('sources_see_conflict')}
                      </a>
                    </p>
                  ))}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** A sentence quoted from a source, with a link that opens the source at it. */
export function Quote({ sourceId, span }: { sourceId: string; span: Span }) {
  return (
    <div class="quote">
      <blockquote>{span.text}</blockquote>
      <a href={sourceHref(sourceId, span)} data-testid="open-evidence">
        {t('sources_open_at', sourceId)}
      </a>
    </div>
  );
}
