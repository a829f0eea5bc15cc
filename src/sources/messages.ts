/**
 * The sources page's strings in English: the source of truth for the sources_ keys of the generated
 * public/_locales/en/messages.json (npm run locales), and the fallback when the browser has none.
 */
import type { MessageEntry, MessageTable } from '../ui/i18n';

const month = (name: string, n: number): MessageEntry => ({
  message: name,
  description: `Name of month ${n} of the year, in a source's date on the source reader.`,
});
const one = (name: string, example: string) => ({ [name]: { content: '$1', example } });

export const SOURCES_MESSAGES = {
  sources_app_name: {
    message: 'Crosscheck sources',
    description: 'Name of the source reader page, shown in the browser tab after the current view.',
  },
  sources_title_with_view: {
    message: '$VIEW$ – Crosscheck sources',
    description: 'Browser tab title of the source reader: the article or view shown, then the page name.',
    placeholders: one('view', 'Report datelined Shanghai on Tesla’s China data plans'),
  },
  sources_skip: {
    message: 'Skip to content',
    description: 'Link at the top of the source reader that moves keyboard focus past the navigation.',
  },
  sources_nav_label: {
    message: 'Sources',
    description: 'Accessible name of the navigation listing the source articles and the disagreements view.',
  },
  sources_nav_heading: {
    message: 'Source articles',
    description: 'Heading above the list of bundled source articles in the navigation.',
  },
  sources_nav_views: {
    message: 'Compare',
    description: 'Heading above the link to the view of where the sources disagree, in the navigation.',
  },
  sources_conflicts_link: {
    message: 'Where the sources disagree',
    description: 'Navigation link to the view listing the points on which the source articles disagree.',
  },
  sources_source_id: {
    message: 'Source $ID$',
    description: 'Short name of a bundled source article by its number.',
    placeholders: one('id', '004'),
  },
  sources_undated: {
    message: 'No date given',
    description: 'Shown instead of a date for a source article whose text gives no date.',
  },
  sources_date: {
    message: '$DAY$ $MONTH$ $YEAR$',
    description: "A source's date on the source reader, for example 17 May 2024.",
    placeholders: {
      day: { content: '$1', example: '17' },
      month: { content: '$2', example: 'May' },
      year: { content: '$3', example: '2024' },
    },
  },
  sources_kind_news: {
    message: 'News report',
    description: 'Kind of a source article: a news report.',
  },
  sources_kind_opinion: {
    message: 'Opinion or blog post',
    description: 'Kind of a source article: an opinion piece or a blog post.',
  },
  sources_kind_analysis: {
    message: 'Summary or analysis',
    description: 'Kind of a source article: a summary or an analysis.',
  },
  sources_described: {
    message: 'Our description: the article has no headline',
    description:
      'Note beside the heading of a source article that has no headline of its own: the heading is a description written for the extension.',
  },
  sources_none: {
    message: 'No source articles are bundled with this version.',
    description: 'Shown on the source reader when there are no source articles.',
  },
  sources_evidence_missing: {
    message: 'The passage asked for is not part of this article text; the article is shown from the start.',
    description: 'Shown when the address asks to mark a passage that lies outside the article text.',
  },
  sources_legend: {
    message:
      'Sentences with a tinted background carry a claim that other sources also report or dispute. Use the button after one to compare.',
    description: 'Short explanation above a source article of the marked sentences and their compare buttons.',
  },
  sources_marker_prefix: {
    message: 'Compare with the other sources:',
    description:
      'Hidden start of the accessible name of the button after a marked sentence; the visible counts follow it.',
  },
  sources_marker_counts: {
    message: '$AGREE$ agree · $DISAGREE$ disagree',
    description: 'Visible text of the button after a marked sentence: how many other sources agree and disagree.',
    placeholders: {
      agree: { content: '$1', example: '3' },
      disagree: { content: '$2', example: '1' },
    },
  },
  sources_marker_alone: {
    message: 'only this source',
    description:
      'Visible text of the button after a marked sentence when no other source addresses its claim (the button still opens the comparison).',
  },
  sources_claim: {
    message: 'Claim: $STATEMENT$',
    description: 'The catalogue claim a marked sentence makes, shown in its panel.',
    placeholders: one('statement', 'Tesla offers the full version of FSD in China'),
  },
  sources_own_asserts: {
    message: 'This article states it.',
    description: 'In the panel of a marked sentence: the article shown states the claim.',
  },
  sources_own_hedges: {
    message: 'This article states it with caution (may, considering, reportedly).',
    description: 'In the panel of a marked sentence: the article shown states the claim with hedging.',
  },
  sources_own_denies: {
    message: 'This article says it is not so.',
    description: 'In the panel of a marked sentence: the article shown denies the claim.',
  },
  sources_own_not_yet: {
    message: 'This article says it has not happened yet.',
    description: 'In the panel of a marked sentence: the article shown says the claim does not hold yet.',
  },
  sources_relation_supports: {
    message: 'Supports',
    description: 'Stance of another source on the claim: it agrees.',
  },
  sources_relation_disagrees: {
    message: 'Disagrees',
    description: 'Stance of another source on the claim: it says otherwise.',
  },
  sources_relation_silent: {
    message: "Doesn't address",
    description: 'Stance of another source on the claim: it says nothing about it.',
  },
  sources_relation_hedged: {
    message: 'with caution',
    description: 'Added after "Supports" when the other source states the claim with hedging.',
  },
  sources_differs: {
    message: 'But it differs: $SAYS$',
    description: 'In the panel of a marked sentence: what another source says where the two disagree in detail.',
    placeholders: one('says', 'a whirlwind trip by Mr Musk to Beijing in April'),
  },
  sources_says_instead: {
    message: 'It says instead: $SAYS$',
    description:
      'In the panel of a marked sentence: what another source says on the point, where it disagrees or takes another side of a dispute about it.',
    placeholders: one('says', 'Tesla has not been able to offer a complete/full version of FSD in China'),
  },
  sources_see_conflict: {
    message: 'See this disagreement',
    description: 'Link from a marked sentence panel to the entry in the view of where the sources disagree.',
  },
  sources_open_at: {
    message: 'Open in source $ID$',
    description: 'Link that opens another source article at its sentence on the claim.',
    placeholders: one('id', '004'),
  },
  sources_more_quotes: {
    message: 'More sentences from this source ($COUNT$)',
    description: "Expander in a marked sentence panel that shows the other source's further sentences on the claim.",
    placeholders: one('count', '2'),
  },
  sources_conflicts_intro: {
    message:
      'The bundled articles contradict each other or differ in detail on these points. Each side lists its sources and the sentences they use; dates are shown where the articles give one.',
    description: 'Introduction at the top of the view of where the sources disagree.',
  },
  sources_conflicts_none: {
    message: 'The sources do not disagree on any catalogued claim.',
    description: 'Shown in the disagreements view when there is nothing to show.',
  },
  sources_conflict_heading: {
    message: '$TOPIC$: $CLAIM$',
    description: 'Heading of one disagreement: the topic, then the claim it is about.',
    placeholders: {
      topic: { content: '$1', example: 'Tesla FSD' },
      claim: { content: '$2', example: 'Tesla received (tentative) approval for its FSD suite in China' },
    },
  },
  sources_side_label: {
    message: 'Side $N$ of $COUNT$',
    description: 'Small label above one side of a disagreement.',
    placeholders: {
      n: { content: '$1', example: '1' },
      count: { content: '$2', example: '2' },
    },
  },
  sources_no_quote: {
    message: 'No sentence of this article is catalogued for these claims.',
    description: 'Shown for a source on one side of a disagreement when no sentence of it is quoted.',
  },
  sources_topic_fsd: {
    message: 'Tesla FSD',
    description: "Topic name: Tesla's Full Self-Driving.",
  },
  sources_topic_nvidia: {
    message: 'Nvidia',
    description: 'Topic name: Nvidia.',
  },
  sources_topic_cac: {
    message: 'Cyberspace Administration of China',
    description: "Topic name: China's Cyberspace Administration (CAC).",
  },
  sources_month_1: month('January', 1),
  sources_month_2: month('February', 2),
  sources_month_3: month('March', 3),
  sources_month_4: month('April', 4),
  sources_month_5: month('May', 5),
  sources_month_6: month('June', 6),
  sources_month_7: month('July', 7),
  sources_month_8: month('August', 8),
  sources_month_9: month('September', 9),
  sources_month_10: month('October', 10),
  sources_month_11: month('November', 11),
  sources_month_12: month('December', 12),
} satisfies MessageTable;
