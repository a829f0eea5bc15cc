import type { Topic } from '../engine/mentions';
import { HIGHLIGHT_STYLES, type HighlightStyle, type Settings, TOPICS } from '../settings';
import { Checkbox } from './Checkbox';
import { t } from './i18n';

interface Props {
  settings: Settings;
  update: (change: (settings: Settings) => Settings) => void;
}

const TOPIC_LABEL = {
  fsd: 'options_topic_fsd',
  nvidia: 'options_topic_nvidia',
  cac: 'options_topic_cac',
} as const satisfies Record<Topic, string>;

const STYLE_LABEL = {
  underline: 'options_style_underline',
  background: 'options_style_background',
} as const satisfies Record<HighlightStyle, string>;

/** Which topics are highlighted, how, and whether claims the sources do not cover are too. */
export function HighlightSection({ settings, update }: Props) {
  return (
    <section aria-labelledby="opt-highlights">
      <h2 id="opt-highlights">{t('options_highlights_heading')}</h2>
      <fieldset>
        <legend>{t('options_topics_legend')}</legend>
        {TOPICS.map((topic) => (
          <Checkbox
            key={topic}
            label={t(TOPIC_LABEL[topic])}
            checked={settings.topics[topic]}
            onChange={(on) => update((s) => ({ ...s, topics: { ...s.topics, [topic]: on } }))}
            testId={`topic-${topic}`}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_style_legend')}</legend>
        <div class="opt-styles">
          {HIGHLIGHT_STYLES.map((style) => (
            <label key={style} class="opt-style">
              <input
                type="radio"
                name="highlight-style"
                value={style}
                checked={settings.highlightStyle === style}
                onChange={() => update((s) => ({ ...s, highlightStyle: style }))}
                data-testid={`style-${style}`}
              />
              <span>{t(STYLE_LABEL[style])}</span>
              {/* The sample repeats the label's meaning visually; the label alone names the radio. */}
              <span class={`opt-sample opt-sample-${style}`} aria-hidden="true">
                {t('options_style_sample')}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Checkbox
        label={t('options_unverified_label')}
        hint={t('options_unverified_hint')}
        checked={settings.showUnverified}
        onChange={(on) => update((s) => ({ ...s, showUnverified: on }))}
        testId="show-unverified"
      />
    </section>
  );
}
