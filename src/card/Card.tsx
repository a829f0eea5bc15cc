/**
 * The corroboration card's content. Everything it shows comes from `cardView`; page and source
 * text is only ever rendered as text nodes.
 */
import { useState } from 'preact/hooks';
import { t, uiLocale } from './i18n';
import type { Span, Stance, Verdict } from './types';
import type { CardView, SentencePart, SourceRow } from './view';

export const HEADING_ID = 'crosscheck-card-heading';
export const SENTENCE_ID = 'crosscheck-card-sentence';

/** Sentences longer than this are clamped on screen, with a control to show them whole. */
const CLAMP_CHARS = 240;

export interface CardProps {
  view: CardView;
  /** The page's language, for the quoted sentence; the card's own strings follow the browser's. */
  pageLang?: string | undefined;
  onClose(): void;
  onReadSource(sourceId: string, evidence: Span | undefined): void;
}

/** A shape per verdict, so the heading does not depend on colour alone. */
function VerdictIcon({ verdict }: { verdict: Verdict }) {
  const stroke = { fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5, 'stroke-linecap': 'round' } as const;
  switch (verdict) {
    case 'corroborated': // filled circle with a tick
      return (
        <svg class="verdict-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
          <circle cx="12" cy="12" r="11" fill="currentColor" />
          <path class="knockout" d="M7 12.5l3.2 3.2L17 9" />
        </svg>
      );
    case 'contested': // half-filled circle: the sources split
      return (
        <svg class="verdict-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
          <circle cx="12" cy="12" r="10" {...stroke} />
          <path d="M12 2a10 10 0 0 0 0 20z" fill="currentColor" />
        </svg>
      );
    case 'contradicted': // octagon with a cross
      return (
        <svg class="verdict-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
          <path d="M8 1h8l7 7v8l-7 7H8l-7-7V8z" fill="currentColor" />
          <path class="knockout" d="M8.5 8.5l7 7M15.5 8.5l-7 7" />
        </svg>
      );
    default: // dashed circle with a question mark: nothing to go on
      return (
        <svg class="verdict-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
          <circle cx="12" cy="12" r="10" {...stroke} stroke-dasharray="3.5 3" />
          <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7" {...stroke} stroke-width="2" />
          <circle cx="12" cy="17" r="1.2" fill="currentColor" />
        </svg>
      );
  }
}

function StanceIcon({ stance }: { stance: Stance }) {
  const d =
    stance === 'support' ? 'M5 12.5l4.5 4.5L19 7.5' : stance === 'contradict' ? 'M6 6l12 12M18 6L6 18' : 'M6 12h12';
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24">
      <path d={d} fill="none" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" />
    </svg>
  );
}

function Sentence({ parts, full, lang }: { parts: SentencePart[]; full: boolean; lang: string | undefined }) {
  return (
    <p id={SENTENCE_ID} class={full ? 'sentence' : 'sentence clamped'} lang={lang} dir="auto">
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}

function Meta({ row }: { row: SourceRow }) {
  if (!row.date && !row.kind) return null;
  return (
    <p class="meta">
      {row.date && row.isoDate ? <time dateTime={row.isoDate}>{row.date}</time> : null}
      {row.date && row.kind ? ' · ' : null}
      {row.kind}
    </p>
  );
}

function Row({ row, onReadSource }: { row: SourceRow; onReadSource: CardProps['onReadSource'] }) {
  if (row.stance === 'neutral') {
    return (
      <li class="row row-neutral" data-stance="neutral">
        <span class="badge badge-neutral">
          <StanceIcon stance="neutral" />
        </span>
        <span class="name">{row.label}</span> <span class="note">{t('card_neutral_row')}</span>
      </li>
    );
  }
  return (
    <li class="row" data-stance={row.stance}>
      <div class="row-head">
        <span class={`badge badge-${row.stance}`}>
          <StanceIcon stance={row.stance} />
          {row.stanceText}
        </span>
        <span class="name">{row.label}</span>
      </div>
      <Meta row={row} />
      {row.reason ? <p class="reason">{row.reason}</p> : null}
      {row.hasEvidence && row.evidence ? (
        <blockquote class="evidence">
          <span class="visually-hidden">{`${t('card_evidence_label')}: `}</span>
          {/* The bundled source articles are in English, whatever the reader's language. */}
          <span lang="en" dir="ltr">
            {row.evidence.text}
          </span>
        </blockquote>
      ) : null}
      <button
        type="button"
        class="read"
        aria-label={t('card_read_in_source_named', row.label)}
        onClick={() => onReadSource(row.sourceId, row.evidence)}
      >
        {t('card_read_in_source')}
      </button>
    </li>
  );
}

export function Card({ view, pageLang, onClose, onReadSource }: CardProps) {
  const [showAll, setShowAll] = useState(false);
  const [locale] = useState(uiLocale);
  const long = view.sentence.length > CLAMP_CHARS;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={HEADING_ID}
      aria-describedby={SENTENCE_ID}
      tabIndex={-1}
      lang={locale.lang}
      dir={locale.dir}
    >
      <div class="head">
        <VerdictIcon verdict={view.verdict} />
        <div class="titles">
          <p class="brand">{t('card_brand')}</p>
          <h2 id={HEADING_ID} class="verdict">
            {view.heading}
          </h2>
        </div>
        <button type="button" class="close" aria-label={t('card_close')} title={t('card_close')} onClick={onClose}>
          <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24">
            <path
              d="M5 5l14 14M19 5L5 19"
              fill="none"
              stroke="currentColor"
              stroke-width="2.5"
              stroke-linecap="round"
            />
          </svg>
        </button>
      </div>
      <div class="body">
        <p class="label">{t('card_sentence_label')}</p>
        <Sentence parts={view.sentenceParts} full={!long || showAll} lang={pageLang || undefined} />
        {long ? (
          <button type="button" class="more" aria-expanded={showAll} onClick={() => setShowAll(!showAll)}>
            {showAll ? t('card_sentence_less') : t('card_sentence_more')}
          </button>
        ) : null}
        <h3 class="sources-heading">{t('card_sources_heading')}</h3>
        {view.rows.length > 0 ? (
          <ul class="rows">
            {view.rows.map((row) => (
              <Row key={row.sourceId} row={row} onReadSource={onReadSource} />
            ))}
          </ul>
        ) : (
          <p class="empty">{t('card_no_sources')}</p>
        )}
      </div>
      <p class="foot">{t('card_footer')}</p>
    </div>
  );
}
