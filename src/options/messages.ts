/**
 * The options page's strings in English: the source of truth for the options_ keys of the generated
 * public/_locales/en/messages.json (npm run locales), and the fallback when the browser has none.
 */
import type { MessageTable } from '../ui/i18n';

export const OPTIONS_MESSAGES = {
  options_title: {
    message: 'Crosscheck settings',
    description: 'Title of the options page (browser tab title and main heading).',
  },
  options_intro: {
    message:
      "Crosscheck highlights mentions of Tesla's Full Self-Driving, Nvidia and China's Cyberspace Administration, and compares each claim with the source articles bundled with the extension. Changes are saved as you make them.",
    description: 'Introduction under the options page title.',
  },
  options_loading: {
    message: 'Loading your settings…',
    description: 'Shown on the options page while the settings are read from storage.',
  },
  options_highlights_heading: {
    message: 'Highlights',
    description: 'Heading of the options section about what is highlighted and how.',
  },
  options_topics_legend: {
    message: 'Topics to highlight',
    description: 'Label of the group of topic checkboxes on the options page.',
  },
  options_topic_fsd: {
    message: 'Tesla Full Self-Driving',
    description: 'Checkbox label: highlight mentions of Tesla Full Self-Driving (FSD).',
  },
  options_topic_nvidia: {
    message: 'Nvidia',
    description: 'Checkbox label: highlight mentions of Nvidia.',
  },
  options_topic_cac: {
    message: "China's Cyberspace Administration and its data rules",
    description:
      'Checkbox label: highlight mentions of the Cyberspace Administration of China (CAC) and its data rules.',
  },
  options_style_legend: {
    message: 'Highlight style',
    description: 'Label of the radio group that chooses how mentions are marked on pages.',
  },
  options_style_underline: {
    message: 'Underline',
    description: 'Radio button: mark mentions with a coloured underline whose line style shows the verdict.',
  },
  options_style_background: {
    message: 'Background',
    description: 'Radio button: mark mentions with a tinted background behind the text.',
  },
  options_style_sample: {
    message: 'Nvidia',
    description: 'Sample word shown in each highlight style on the options page (a topic name, so keep it short).',
  },
  options_unverified_label: {
    message: 'Show claims the sources do not cover',
    description: 'Checkbox label: also highlight mentions whose sentence no bundled source addresses.',
  },
  options_unverified_hint: {
    message: 'When this is off, mentions whose sentence no source addresses are not highlighted.',
    description: 'Explanation under the "Show claims the sources do not cover" checkbox.',
  },
  options_where_heading: {
    message: 'Where Crosscheck runs',
    description: 'Heading of the options section about pausing and switching sites off.',
  },
  options_pause_label: {
    message: 'Pause everywhere',
    description: 'Checkbox label: switch the extension off on every site until unchecked.',
  },
  options_pause_hint: {
    message: 'No page is scanned or highlighted until you clear this box.',
    description: 'Explanation under the "Pause everywhere" checkbox.',
  },
  options_sites_heading: {
    message: 'Sites where Crosscheck is off',
    description: 'Heading of the list of sites where the extension is switched off.',
  },
  options_sites_empty: {
    message: 'Crosscheck runs on every site. Add a site below to switch it off there.',
    description: 'Shown instead of the list when no site is switched off.',
  },
  options_sites_remove: {
    message: 'Remove',
    description: 'Button next to a site in the list: switch the extension back on for that site.',
  },
  options_sites_remove_named: {
    message: 'Remove $SITE$',
    description: 'Accessible name of the Remove button, naming the site it switches back on.',
    placeholders: { site: { content: '$1', example: 'example.com' } },
  },
  options_sites_input_label: {
    message: 'Site to switch off',
    description: 'Label of the text field where the user types or pastes a site to switch the extension off.',
  },
  options_sites_input_hint: {
    message: 'A name such as example.com or a pasted web address. Its subdomains are switched off too.',
    description: 'Help under the field for adding a site.',
  },
  options_sites_add: {
    message: 'Add',
    description: 'Button that adds the typed site to the list of sites where the extension is off.',
  },
  options_sites_error_empty: {
    message: 'Enter a site, such as example.com.',
    description: 'Error when the user adds a site without typing anything.',
  },
  options_sites_error_invalid: {
    message: 'This is not a site name. Enter a name such as example.com, or paste a web address.',
    description: 'Error when the typed text is neither a host name nor a web address.',
  },
  options_sites_error_duplicate: {
    message: '$SITE$ is already in the list.',
    description: 'Error when the typed site is already switched off.',
    placeholders: { site: { content: '$1', example: 'example.com' } },
  },
  options_sites_error_covered: {
    message: '$SITE$ is already off: it is part of $PARENT$, which is in the list.',
    description: 'Error when the typed site is a subdomain of a site already in the list.',
    placeholders: {
      site: { content: '$1', example: 'news.example.com' },
      parent: { content: '$2', example: 'example.com' },
    },
  },
  options_sites_error_full: {
    message: 'The list is full ($MAX$ sites). Remove a site to add another.',
    description: 'Error when the list of switched-off sites has reached its maximum length.',
    placeholders: { max: { content: '$1', example: '500' } },
  },
  options_shortcuts_heading: {
    message: 'Keyboard shortcuts',
    description: "Heading of the options section listing the extension's keyboard shortcuts.",
  },
  options_shortcuts_not_set: {
    message: 'Not set',
    description: 'Shown instead of a key combination when a command has no keyboard shortcut.',
  },
  options_shortcuts_none: {
    message: 'The browser did not list any shortcuts.',
    description: 'Shown when the browser returns no commands or cannot list them.',
  },
  options_shortcuts_open_popup: {
    message: 'Open the Crosscheck popup',
    description: 'Description of the browser-defined command that opens the toolbar popup.',
  },
  options_shortcuts_change: {
    message: 'Change shortcuts',
    description: "Button that opens the browser's page for changing extension keyboard shortcuts (Chrome).",
  },
  options_shortcuts_firefox: {
    message: 'To change them, open the Add-ons Manager, choose the gear menu, then Manage Extension Shortcuts.',
    description: "Where to change extension shortcuts in Firefox. Use Firefox's own names for the menu items.",
  },
  options_privacy: {
    message:
      'Privacy: everything runs in your browser, against sources bundled with the extension; no page text or statistic is sent anywhere. These settings travel only with your browser\u2019s own sync, if you have it on.',
    description: 'Privacy note at the bottom of the options page.',
  },
  options_status_saved: {
    message: 'Saved',
    description: 'Announced after a change on the options page has been saved.',
  },
  options_status_error: {
    message: 'Could not save this change. It is still shown here; try again, or reload the page.',
    description: 'Announced when the browser refuses to store a change made on the options page.',
  },
} satisfies MessageTable;
