/**
 * The popup's strings in English: the source of truth for the popup_ keys of the generated
 * public/_locales/en/messages.json (npm run locales), and the fallback when the browser has none.
 */
import type { MessageTable } from '../ui/i18n';

export const POPUP_MESSAGES = {
  popup_title: { message: 'Crosscheck', description: 'Heading of the toolbar popup (the extension name).' },
  popup_claims_heading: {
    message: 'Claims on this page',
    description: 'Heading of the list of sentences on the current page that mention a topic.',
  },
  popup_loading: { message: 'Reading this page…', description: 'Shown while the popup asks the page for its claims.' },
  popup_no_mentions: {
    message: 'No mention of Tesla FSD, Nvidia or the CAC on this page.',
    description: 'Shown when the current page names none of the three topics.',
  },
  popup_unsupported: {
    message: "Crosscheck can't run on this page. Browser pages and local files are closed to extensions.",
    description: 'Shown on browser pages (settings, new tab) and other pages extensions cannot read.',
  },
  popup_store: {
    message: "Crosscheck can't run on add-on store pages: browsers keep extensions out of them.",
    description: 'Shown on the Chrome Web Store or addons.mozilla.org.',
  },
  popup_pdf: {
    message: "Crosscheck can't read PDF documents, only web pages.",
    description: "Shown when the current tab shows a PDF in the browser's viewer.",
  },
  popup_paused: {
    message: 'Crosscheck is paused on every site.',
    description: 'Shown when the user has paused the extension everywhere.',
  },
  popup_site_off: {
    message: 'Crosscheck is off for $SITE$.',
    description: 'Shown when the user has switched the extension off for the current site.',
    placeholders: { site: { content: '$1', example: 'example.com' } },
  },
  popup_claims_count: {
    message: '$COUNT$ claims, $MENTIONS$ highlighted names',
    description: 'Summary above the list of claims.',
    placeholders: { count: { content: '$1', example: '4' }, mentions: { content: '$2', example: '6' } },
  },
  popup_claim_open: {
    message: 'Show on the page: $SENTENCE$',
    description:
      'Accessible name of a claim in the list; activating it scrolls the page to the claim and opens its card.',
    placeholders: { sentence: { content: '$1', example: 'Tesla still cannot offer FSD in China.' } },
  },
  popup_verdict_corroborated: { message: 'Corroborated', description: 'Verdict label: the sources support the claim.' },
  popup_verdict_contested: {
    message: 'Contested',
    description: 'Verdict label: the sources disagree about the claim.',
  },
  popup_verdict_contradicted: {
    message: 'Contradicted',
    description: 'Verdict label: the sources contradict the claim.',
  },
  popup_verdict_unverified: { message: 'Not covered', description: 'Verdict label: no source addresses the claim.' },
  popup_topic_fsd: { message: 'Tesla FSD', description: "Topic label: Tesla's Full Self-Driving." },
  popup_topic_nvidia: { message: 'Nvidia', description: 'Topic label: Nvidia.' },
  popup_topic_cac: {
    message: 'CAC data rules',
    description: "Topic label: China's Cyberspace Administration and its data-export rules.",
  },
  popup_switches_heading: { message: 'Where Crosscheck runs', description: 'Heading of the on/off switches.' },
  popup_site_switch: {
    message: 'On for $SITE$',
    description: 'Switch that turns the extension on or off for the current site.',
    placeholders: { site: { content: '$1', example: 'example.com' } },
  },
  popup_pause_switch: {
    message: 'Pause everywhere',
    description: 'Switch that pauses the extension on every site.',
  },
  popup_saved: { message: 'Saved', description: 'Announced when a switch change has been saved.' },
  popup_save_failed: {
    message: 'Could not save the setting.',
    description: 'Announced when storing a switch change failed.',
  },
  popup_link_sources: { message: 'Sources', description: 'Link that opens the source reader.' },
  popup_link_conflicts: {
    message: 'Where the sources disagree',
    description: "Link that opens the source reader's list of conflicts between the sources.",
  },
  popup_link_options: { message: 'Settings', description: 'Link that opens the options page.' },
  popup_privacy: {
    message: 'Sources are bundled; nothing leaves your browser.',
    description: 'Privacy note at the foot of the popup.',
  },
} satisfies MessageTable;
