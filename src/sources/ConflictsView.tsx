import type { SourceMeta } from '../engine/types';
import { Quote, SourceMetaLine } from './ArticleView';
import type { ConflictEntry } from './conflicts';
import { sourceName, t, topicName } from './i18n';
import { sourceHref } from './location';

interface Props {
  entries: ConflictEntry[];
  sources: SourceMeta[];
  headingRef: { current: HTMLHeadingElement | null };
}

/** Every disagreement between the sources, its sides side by side with the sentences behind them. */
export function ConflictsView({ entries, sources, headingRef }: Props) {
  return (
    <>
      <header class="article-header">
        <h1 ref={headingRef} tabIndex={-1} data-testid="conflicts-heading">
          {t('sources_conflicts_link')}
        </h1>
        <p class="muted">{t('sources_conflicts_intro')}</p>
      </header>
      {entries.length === 0 && <p>{t('sources_conflicts_none')}</p>}
      {entries.map((entry) => (
        <section
          key={entry.id}
          id={`conflict-${entry.id}`}
          class="conflict"
          aria-labelledby={`conflict-${entry.id}-heading`}
          data-testid="conflict"
          data-conflict={entry.id}
        >
          <h2 id={`conflict-${entry.id}-heading`} tabIndex={-1}>
            {t('sources_conflict_heading', [topicName(entry.topic), entry.claims[0]?.statement ?? entry.id])}
          </h2>
          <p>{entry.summary}</p>
          <div class="sides">
            {entry.sides.map((side, i) => (
              <div key={side.says} class="side" data-testid="conflict-side">
                <p class="side-label muted">{t('sources_side_label', [String(i + 1), String(entry.sides.length)])}</p>
                <h3>{side.says}</h3>
                <ul class="side-sources">
                  {side.sources.map((s) => {
                    const meta = sources.find((m) => m.id === s.sourceId);
                    return (
                      <li key={s.sourceId} data-testid="conflict-source" data-source={s.sourceId}>
                        <p class="side-source-name">
                          <a href={sourceHref(s.sourceId)}>
                            {meta ? sourceName(meta) : t('sources_source_id', s.sourceId)}
                          </a>
                        </p>
                        {meta && (
                          <p class="muted">
                            <SourceMetaLine source={meta} />
                          </p>
                        )}
                        {s.evidence.length === 0 && <p class="muted">{t('sources_no_quote')}</p>}
                        {s.evidence.map((ev) => (
                          <Quote key={ev.start} sourceId={s.sourceId} span={ev} />
                        ))}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
