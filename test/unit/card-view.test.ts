import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CrossCheck, SourceMeta } from '../../src/card/types';

// The polyfill refuses to load outside an extension; the card falls back to English when the
// browser has no message.
const getMessage = vi.hoisted(() => vi.fn((_key: string, _subs?: string[]) => ''));
vi.mock('webextension-polyfill', () => ({ default: { i18n: { getMessage } } }));

const { cardView, formatDate, sentenceParts, stanceText, verdictText } = await import('../../src/card/view');

const sources: SourceMeta[] = [
  {
    id: '004',
    file: '004.txt',
    title: null,
    label: 'Report datelined Shanghai',
    date: '2024-05-17',
    kind: 'news report',
  },
  { id: '000', file: '000.txt', title: null, label: 'Article on data plans', date: null, kind: 'summary/analysis' },
  {
    id: '002',
    file: '002.txt',
    title: "Tesla's Bold AI Move",
    label: 'Label not shown',
    date: null,
    kind: 'opinion/blog',
  },
  { id: '001', file: '001.txt', title: null, label: 'Commentary', date: null, kind: 'opinion/blog' },
];

const sentence = 'Tesla has not won approval for FSD in China, and FSD remains unavailable there.';

const check: CrossCheck = {
  sentence,
  mentions: [
    { text: 'FSD', start: 31, end: 34, topic: 'fsd' },
    { text: 'FSD', start: 49, end: 52, topic: 'fsd' },
  ],
  topics: ['fsd'],
  verdict: 'contested',
  findings: [
    { sourceId: '000', stance: 'neutral', evidence: { text: 'ignored for neutral rows', start: 0, end: 24 } },
    {
      sourceId: '004',
      stance: 'support',
      evidence: { text: 'FSD is not yet available in China.', start: 120, end: 154 },
      reason: 'Same statement',
    },
    { sourceId: '002', stance: 'contradict', evidence: { text: '', start: 0, end: 0 }, reason: '  ' },
  ],
};

beforeEach(() => {
  getMessage.mockReset();
  getMessage.mockImplementation(() => '');
});

describe('verdict and stance wording', () => {
  it('words each verdict', () => {
    expect(verdictText('corroborated')).toBe('Corroborated by the sources');
    expect(verdictText('contested')).toBe('Contested: the sources disagree');
    expect(verdictText('contradicted')).toBe('Contradicted by the sources');
    expect(verdictText('unverified')).toBe('Not covered by the sources');
  });

  it('words each stance', () => {
    expect(stanceText('support')).toBe('Supports');
    expect(stanceText('contradict')).toBe('Contradicts');
    expect(stanceText('neutral')).toBe("Doesn't address");
  });

  it('reads an unknown verdict or stance as not covered', () => {
    expect(verdictText('maybe' as never)).toBe('Not covered by the sources');
    expect(stanceText('perhaps' as never)).toBe("Doesn't address");
  });

  it('prefers the browser message when there is one', () => {
    getMessage.mockImplementation((key: string) => (key === 'card_verdict_contested' ? 'Umstritten' : ''));
    expect(verdictText('contested')).toBe('Umstritten');
    expect(verdictText('corroborated')).toBe('Corroborated by the sources');
  });
});

describe('formatDate', () => {
  it('formats ISO dates as day, month name, year', () => {
    expect(formatDate('2024-05-17')).toBe('17 May 2024');
    expect(formatDate('2023-01-01')).toBe('1 January 2023');
    expect(formatDate('1999-12-31')).toBe('31 December 1999');
    expect(formatDate('2024-02-29')).toBe('29 February 2024');
  });

  it('keeps the calendar day whatever the time part or zone', () => {
    expect(formatDate('2024-05-17T23:30:00-08:00')).toBe('17 May 2024');
    expect(formatDate('2024-05-17T00:30:00+14:00')).toBe('17 May 2024');
    expect(formatDate(' 2024-05-17 ')).toBe('17 May 2024');
  });

  it('gives null for missing or impossible dates', () => {
    for (const bad of [
      null,
      undefined,
      '',
      'May 2024',
      '2024-5-17',
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
    ]) {
      expect(formatDate(bad), String(bad)).toBeNull();
    }
  });

  it('passes the parts to the browser for other languages', () => {
    getMessage.mockImplementation((key: string, subs?: string[]) =>
      key === 'card_date' ? `${subs?.[0]}. ${subs?.[1]} ${subs?.[2]}` : key === 'card_month_5' ? 'Mai' : '',
    );
    expect(formatDate('2024-05-17')).toBe('17. Mai 2024');
  });
});

describe('sentenceParts', () => {
  it('marks every occurrence of the opened mention', () => {
    expect(sentenceParts(sentence, check.mentions, 'FSD')).toEqual([
      { text: 'Tesla has not won approval for ', mark: false },
      { text: 'FSD', mark: true },
      { text: ' in China, and ', mark: false },
      { text: 'FSD', mark: true },
      { text: ' remains unavailable there.', mark: false },
    ]);
  });

  it('matches the mention text regardless of case', () => {
    const parts = sentenceParts('Nvidia chips', [{ text: 'Nvidia', start: 0, end: 6, topic: 'nvidia' }], 'NVIDIA');
    expect(parts).toEqual([
      { text: 'Nvidia', mark: true },
      { text: ' chips', mark: false },
    ]);
  });

  it('leaves the sentence whole when offsets do not agree with it', () => {
    const whole = [{ text: sentence, mark: false }];
    expect(sentenceParts(sentence, [{ text: 'FSD', start: 0, end: 3, topic: 'fsd' }], 'FSD')).toEqual(whole);
    expect(sentenceParts(sentence, [{ text: 'FSD', start: 500, end: 503, topic: 'fsd' }], 'FSD')).toEqual(whole);
    expect(sentenceParts(sentence, [{ text: 'FSD', start: 33, end: 31, topic: 'fsd' }], 'FSD')).toEqual(whole);
    expect(sentenceParts(sentence, check.mentions, '')).toEqual(whole);
    expect(sentenceParts(sentence, check.mentions, 'Nvidia')).toEqual(whole);
  });

  it('keeps the first of overlapping mentions and every character once', () => {
    const text = 'The CAC rules';
    const parts = sentenceParts(
      text,
      [
        { text: 'CAC', start: 4, end: 7, topic: 'cac' },
        { text: 'CAC', start: 4, end: 7, topic: 'cac' },
      ],
      'CAC',
    );
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.mark)).toHaveLength(1);
  });

  it('handles an empty sentence', () => {
    expect(sentenceParts('', [], 'FSD')).toEqual([{ text: '', mark: false }]);
  });
});

describe('cardView', () => {
  const view = cardView(check, sources, 'FSD');

  it('carries the verdict, its heading and the sentence', () => {
    expect(view.verdict).toBe('contested');
    expect(view.heading).toBe('Contested: the sources disagree');
    expect(view.sentence).toBe(sentence);
    expect(view.sentenceParts.filter((p) => p.mark)).toHaveLength(2);
  });

  it('has one row per source, in id order', () => {
    expect(view.rows.map((r) => r.sourceId)).toEqual(['000', '001', '002', '004']);
  });

  it('fills a supporting row with label, date, kind, reason and evidence', () => {
    expect(view.rows[3]).toEqual({
      sourceId: '004',
      label: 'Report datelined Shanghai',
      date: '17 May 2024',
      isoDate: '2024-05-17',
      kind: 'news report',
      stance: 'support',
      stanceText: 'Supports',
      reason: 'Same statement',
      evidence: { text: 'FSD is not yet available in China.', start: 120, end: 154 },
      hasEvidence: true,
    });
  });

  it('prefers the title, and drops empty evidence and reasons', () => {
    const row = view.rows[2];
    expect(row?.label).toBe("Tesla's Bold AI Move");
    expect(row?.stance).toBe('contradict');
    expect(row?.stanceText).toBe('Contradicts');
    expect(row?.date).toBeNull();
    expect(row?.isoDate).toBeNull();
    expect(row?.reason).toBeNull();
    expect(row?.evidence).toBeUndefined();
    expect(row?.hasEvidence).toBe(false);
  });

  it('shows no evidence for a neutral source, even when the finding has some', () => {
    const row = view.rows[0];
    expect(row?.stance).toBe('neutral');
    expect(row?.stanceText).toBe("Doesn't address");
    expect(row?.hasEvidence).toBe(false);
    expect(row?.evidence).toBeUndefined();
    expect(row?.reason).toBeNull();
  });

  it('treats a source without a finding as neutral', () => {
    expect(view.rows[1]).toMatchObject({ sourceId: '001', label: 'Commentary', stance: 'neutral', hasEvidence: false });
  });

  it('names a source the list lacks by its id', () => {
    const extra = cardView({ ...check, findings: [{ sourceId: '009', stance: 'support' }] }, [], 'FSD');
    expect(extra.rows).toHaveLength(1);
    expect(extra.rows[0]).toMatchObject({
      sourceId: '009',
      label: 'Source 009',
      date: null,
      kind: null,
      hasEvidence: false,
    });
  });

  it('keeps page text as given: markup stays text', () => {
    const hostile = '<img src=x onerror=alert(1)> FSD';
    const v = cardView(
      { ...check, sentence: hostile, mentions: [{ text: 'FSD', start: 29, end: 32, topic: 'fsd' }] },
      sources,
      'FSD',
    );
    expect(v.sentenceParts.map((p) => p.text).join('')).toBe(hostile);
  });
});
