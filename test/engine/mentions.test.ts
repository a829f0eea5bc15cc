import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/engine/mentions';

const names = (s: string, ctx?: string) => findMentions(s, ctx).map((m) => m.text);
const topics = (s: string) => findMentions(s).map((m) => m.topic);

describe('findMentions: spellings', () => {
  it.each([
    ['Tesla has not been able to offer the full version of FSD in China.', ['FSD']],
    ['Tesla’s Full Self-Driving is not sold there.', ['Full Self-Driving']],
    ['its “Full Self Driving” (FSD) system', ['Full Self Driving', 'FSD']],
    ['Tesla fans call it full-self-driving.', ['full-self-driving']],
    ['FSD (Supervised) is rolling out to Tesla owners.', ['FSD']],
    ['FSD v12 uses end-to-end networks.', ['FSD']],
    ['Nvidia declined to comment.', ['Nvidia']],
    ['NVIDIA GeForce RTX 4090', ['NVIDIA']],
    ["Washington restricted Nvidia's sales to China.", ['Nvidia']],
    ['NVDA stock rose.', ['NVDA']],
    ['She bought an Nvidia Shield.', ['Nvidia']],
    ['reviews by the Cyberspace Administration of China cause delays', ['Cyberspace Administration of China']],
    ['the Cyberspace Administration of China (CAC) said', ['Cyberspace Administration of China', 'CAC']],
    ["China's Cyberspace Administration issued rules on data exports.", ['Cyberspace Administration']],
    ["The CAC's new data-export exemptions will run as a pilot.", ['CAC']],
    ["China's cyberspace regulator tightened data rules.", ['cyberspace regulator']],
    ["China's internet regulator fined Didi.", ['internet regulator']],
  ])('%s', (text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('assigns topics', () => {
    expect(topics('FSD and Nvidia and the CAC in China')).toEqual(['fsd', 'nvidia', 'cac']);
  });
});

describe('findMentions: typography', () => {
  it('matches across curly apostrophes, soft hyphens, non-breaking spaces and hyphens, returning the original text', () => {
    const cases: [string, string][] = [
      ['Nvi\u00addia’s chips', 'Nvi\u00addia'],
      ['Full\u00a0Self\u2011Driving is here', 'Full\u00a0Self\u2011Driving'],
      ['Full Self\u2013Driving is here', 'Full Self\u2013Driving'],
      ['the Cyberspace\u00a0Administration of\u00a0China said', 'Cyberspace\u00a0Administration of\u00a0China'],
    ];
    for (const [text, want] of cases) {
      const m = findMentions(text);
      expect(m.map((x) => x.text)).toEqual([want]);
      const first = m[0];
      expect(first && text.slice(first.start, first.end)).toBe(want);
    }
  });

  it('gives exact offsets', () => {
    const text = 'Tesla’s FSD uses Nvidia chips; the CAC reviews data in China.';
    for (const m of findMentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findMentions(text).map((m) => [m.start, m.text])).toEqual([
      [8, 'FSD'],
      [17, 'Nvidia'],
      [35, 'CAC'],
    ]);
  });
});

describe('findMentions: other senses', () => {
  it.each([
    'The CAC 40 closed 0.8% higher in Paris on Friday.',
    'The CAC-40 index slipped 1.2% as luxury stocks fell.',
    "Paris's CAC closed lower on Monday.",
    'Our CAC fell to $42 per customer after we cut paid search.',
    'Watch your LTV/CAC ratio and CAC payback period.',
    'We brought CAC down to $35 by improving onboarding.',
    "Nigeria's CAC registered 5,000 new businesses.",
    'The FSD approved the new labelling rules for packaged food.',
    'The Financial Services Division (FSD) issued new guidance to banks.',
    'fsd is a file system driver.',
    'Nigeria’s internet regulator fined the platform.',
    'Tesla owners love self-driving and autonomous driving.',
    'Insert your CAC card into the reader to log in.',
    'His CAC score showed heavy calcium in the coronary arteries.',
    'The FSD approved the flight plan, the FAA said.',
    'Firefighters from the FSD brought the blaze in Kowloon under control.',
    'Fog closed the airport at Faisalabad (FSD) and flights were diverted.',
    'Write the FSD, the functional specification document, before the design review.',
    'NVDA is a free screen reader that lets blind users browse the web.',
    'Choose the shunt resistor so that the meter needle reaches FSD at 5 mA.',
    'FSD officers inspected the market for fire hazards after the blaze.',
  ])('no mention in: %s', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('keeps the China sense of CAC with data or China context', () => {
    expect(names('The CAC fined a ride-hailing company for violating data security laws in 2022.')).toEqual(['CAC']);
    expect(names('Security reviews by the CAC have been blamed for long delays.')).toEqual(['CAC']);
    expect(names('Under the CAC’s security-assessment rules, big data exports need approval.')).toEqual(['CAC']);
    expect(names('The CAC opened a campaign against rumours spread by self-media bloggers.')).toEqual(['CAC']);
  });

  it('uses the optional context only when the sentence gives no hint', () => {
    expect(names('The FSD said it would decide next week.')).toEqual([]);
    expect(names('FSD is coming next week.', 'Tesla owners in China wait for the software')).toEqual(['FSD']);
    expect(names('The CAC closed at a record.', 'Paris stocks: the CAC index')).toEqual([]);
  });

  it('never throws on junk', () => {
    expect(findMentions('')).toEqual([]);
    expect(() => findMentions('\u0000\uffff\ud800FSD\udc00 CAC \u202e')).not.toThrow();
  });
});

describe('findMentions: line breaks inside names', () => {
  it('matches a name broken across lines', () => {
    const text = 'the Cyberspace\nAdministration of\nChina said; Tesla’s Full\nSelf-Driving';
    expect(names(text)).toEqual(['Cyberspace\nAdministration of\nChina', 'Full\nSelf-Driving']);
  });
});
