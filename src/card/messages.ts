/**
 * The card's strings in English: the source of truth for the card_ keys of the generated
 * public/_locales/en/messages.json (npm run locales), and the fallback when the browser has none.
 */
import type { MessageEntry } from '../ui/i18n';

const month = (name: string, n: number): MessageEntry => ({
  message: name,
  description: `Name of month ${n} of the year, in the source date shown on the corroboration card.`,
});

export const MESSAGES = {
  card_brand: {
    message: 'Crosscheck',
    description: 'Small title above the verdict on the corroboration card (the extension name).',
  },
  card_close: {
    message: 'Close',
    description: 'Accessible name of the button that closes the corroboration card.',
  },
  card_verdict_corroborated: {
    message: 'Corroborated by the sources',
    description: 'Card heading when the bundled sources support the sentence and none contradicts it.',
  },
  card_verdict_contested: {
    message: 'Contested: the sources disagree',
    description: 'Card heading when some bundled sources support the sentence and others contradict it.',
  },
  card_verdict_contradicted: {
    message: 'Contradicted by the sources',
    description: 'Card heading when the bundled sources contradict the sentence and none supports it.',
  },
  card_verdict_unverified: {
    message: 'Not covered by the sources',
    description: 'Card heading when no bundled source addresses the sentence.',
  },
  card_sentence_label: {
    message: 'On this page',
    description: 'Label above the sentence quoted from the web page on the corroboration card.',
  },
  card_sentence_more: {
    message: 'Show the whole sentence',
    description: 'Button under a long page sentence that is shown cut short on the corroboration card.',
  },
  card_sentence_less: {
    message: 'Show less',
    description: 'Button that cuts a long page sentence short again on the corroboration card.',
  },
  card_sources_heading: {
    message: 'What the sources say',
    description: 'Heading of the list of bundled source articles on the corroboration card.',
  },
  card_stance_support: {
    message: 'Supports',
    description: "Badge on a source's row: the source supports the sentence.",
  },
  card_stance_contradict: {
    message: 'Contradicts',
    description: "Badge on a source's row: the source contradicts the sentence.",
  },
  card_stance_neutral: {
    message: "Doesn't address",
    description: "Badge on a source's row: the source says nothing about the sentence's claim.",
  },
  card_neutral_row: {
    message: "Doesn't address this claim",
    description: 'Compact line shown for a source that says nothing about the claim, after the source name.',
  },
  card_evidence_label: {
    message: 'The source says',
    description: 'Label before the sentence quoted from a source article on the corroboration card.',
  },
  card_read_in_source: {
    message: 'Read in source',
    description: 'Button that opens the source article with its evidence sentence marked.',
  },
  card_read_in_source_named: {
    message: 'Read in source: $SOURCE$',
    description: 'Accessible name of the "Read in source" button, naming the source it opens.',
    placeholders: { source: { content: '$1', example: 'Report datelined Shanghai on Tesla\u2019s China data plans' } },
  },
  card_source_unknown: {
    message: 'Source $ID$',
    description: 'Name shown for a source whose details are not available.',
    placeholders: { id: { content: '$1', example: '004' } },
  },
  card_no_sources: {
    message: 'No source articles are available.',
    description: 'Shown on the corroboration card when there are no source articles to list.',
  },
  card_footer: {
    message: 'Sources are bundled with the extension; nothing leaves your browser.',
    description: 'Privacy note at the bottom of the corroboration card.',
  },
  card_date: {
    message: '$DAY$ $MONTH$ $YEAR$',
    description: "A source's publication date on the corroboration card, for example 17 May 2024.",
    placeholders: {
      day: { content: '$1', example: '17' },
      month: { content: '$2', example: 'May' },
      year: { content: '$3', example: '2024' },
    },
  },
  card_month_1: month('January', 1),
  card_month_2: month('February', 2),
  card_month_3: month('March', 3),
  card_month_4: month('April', 4),
  card_month_5: month('May', 5),
  card_month_6: month('June', 6),
  card_month_7: month('July', 7),
  card_month_8: month('August', 8),
  card_month_9: month('September', 9),
  card_month_10: month('October', 10),
  card_month_11: month('November', 11),
  card_month_12: month('December', 12),
} satisfies Record<string, MessageEntry>;
