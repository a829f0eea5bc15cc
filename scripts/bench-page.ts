/**
 * A large synthetic news page for the content-script benchmark: article markup (headings,
 * paragraphs, lists, links, emphasis splitting sentences, nested wrappers) with thousands of
 * mentions among plenty of text that has none. Seeded, so every run scans the same page.
 */

/** Small, fast, seedable PRNG (mulberry32): the page must be identical from run to run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MENTIONING = [
  'Tesla said its Full Self-Driving software would reach more owners in {place} by {when}.',
  'Regulators in {place} are reviewing crashes involving cars running FSD, {source} reported.',
  'Owners who paid for Full Self-Driving still have to keep their hands on the wheel, {person} said.',
  'Tesla has not been allowed to offer the full version of FSD to drivers in China.',
  'The company cut the price of Full Self Driving again in {when}, its {ordinal} cut this year.',
  'Nvidia reported record data-centre revenue of {num} billion dollars for the quarter.',
  'Shares of Nvidia rose {pct}% after the chipmaker raised its forecast, {source} said.',
  'Analysts at {source} expect NVIDIA to ship more accelerators to cloud providers in {when}.',
  'Nvidia was asked by Chinese officials to explain security risks in its H20 chips.',
  'Investors watched NVDA closely as export rules for advanced chips tightened in {when}.',
  'The Cyberspace Administration of China said new rules on cross-border data transfers take effect in {when}.',
  'Under the draft, the Cyberspace Administration of China (CAC) must approve exports of personal data above a threshold.',
  'The CAC said carmakers must store driving data collected in China on local servers.',
  'China’s cyberspace regulator summoned company representatives over data security concerns, {source} reported.',
  'A security review by the Cyberspace Administration of China delayed the app’s return for months.',
];

const NEUTRAL = [
  'The city council approved a new budget for road repairs on {weekday}, {person} said.',
  'Rainfall in {place} was {pct}% above the seasonal average, according to the weather service.',
  'The museum will reopen its east wing in {when} after a two-year renovation.',
  'Local farmers expect a smaller harvest this year because of the late frost.',
  'The report found that commuters spend an average of {num} minutes a day in traffic.',
  '{person} said the company would hire about {num} people at its new plant in {place}.',
  'Ticket prices for the regional rail network will rise by {pct}% from {when}.',
  'The committee postponed its vote until after the holiday recess.',
  'Researchers at the university published a study on sleep and memory in older adults.',
  'The airline added {num} weekly flights between {place} and the capital.',
  'Housing starts fell for a {ordinal} straight month as mortgage rates stayed high.',
  'A spokesperson for the ministry declined to comment on the negotiations.',
  'The festival drew more than {num} thousand visitors over the long weekend.',
  'Battery prices have fallen steadily over the past decade, making electric buses cheaper to run.',
  'The central bank left interest rates unchanged, citing uncertainty about inflation.',
  'Volunteers planted {num} trees along the river on {weekday} morning.',
  'The school district will publish its new curriculum guidelines in {when}.',
  'Semiconductor makers are building new factories in several countries to secure supply.',
];

const HEADLINES = [
  'Markets close higher as tech stocks rally',
  'What the new data rules mean for carmakers',
  'Inside the race for AI chips',
  'City approves budget after long debate',
  'Driver-assistance software under scrutiny',
  'Weather: a wet week ahead',
  'Regulators tighten oversight of online platforms',
  'The week in review',
];

const FILL: Record<string, string[]> = {
  place: ['Shanghai', 'Beijing', 'California', 'Texas', 'Berlin', 'Shenzhen', 'Europe', 'Norway', 'Ontario'],
  when: ['March', 'the second half', 'next year', 'the autumn', 'early 2026', 'the coming months', 'June'],
  source: ['Reuters', 'Bloomberg', 'the Financial Times', 'Caixin', 'the Wall Street Journal', 'Nikkei'],
  person: ['Maria Chen', 'the mayor', 'an analyst', 'John Alvarez', 'a company spokesperson', 'Li Wei'],
  ordinal: ['second', 'third', 'fourth', 'fifth'],
  weekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};

/** The generated HTML (UTF-8), about `targetBytes` long. */
export function generatePage(seed = 20_251_121, targetBytes = 5_000_000): string {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => {
      if (key === 'num') return String(2 + Math.floor(random() * 480));
      if (key === 'pct') return (random() * 12).toFixed(1);
      return pick(FILL[key] ?? ['']);
    });
  // About one sentence in sixteen mentions a topic: a few thousand mentions in a 5 MB page.
  const sentence = () => fill(random() < 0.06 ? pick(MENTIONING) : pick(NEUTRAL));

  /** A sentence, sometimes with part of it inside <em>, <strong> or a link, so its text spans elements. */
  const marked = () => {
    const s = sentence();
    const r = random();
    if (r > 0.3) return s;
    const words = s.split(' ');
    const from = Math.floor(random() * words.length);
    const to = Math.min(words.length, from + 1 + Math.floor(random() * 4));
    const tag = r < 0.1 ? 'em' : r < 0.2 ? 'strong' : 'a';
    const open = tag === 'a' ? `<a href="/story/${Math.floor(random() * 1e6)}">` : `<${tag}>`;
    return [...words.slice(0, from), `${open}${words.slice(from, to).join(' ')}</${tag}>`, ...words.slice(to)].join(
      ' ',
    );
  };
  const paragraph = () => {
    const count = 2 + Math.floor(random() * 5);
    return `<p>${Array.from({ length: count }, marked).join(' ')}</p>`;
  };
  const list = () => {
    const count = 3 + Math.floor(random() * 4);
    return `<ul>${Array.from({ length: count }, () => `<li>${marked()}</li>`).join('')}</ul>`;
  };

  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Technology and business news: the week in review</title>',
    '<style>body{font:16px/1.5 Georgia,serif;max-width:46rem;margin:0 auto;padding:1rem}aside{color:#555}</style>',
    '</head><body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/business">Business</a></nav></header><main>',
  ];
  let size = parts.join('').length;
  let n = 0;
  while (size < targetBytes) {
    const body: string[] = [`<h2>${pick(HEADLINES)}</h2>`, `<p class="byline">By ${pick(FILL.person ?? [])}</p>`];
    const blocks = 4 + Math.floor(random() * 6);
    for (let b = 0; b < blocks; b++) {
      const r = random();
      if (r < 0.12) body.push(list());
      else if (r < 0.2)
        body.push(`<div class="section"><div class="inner"><h3>${pick(HEADLINES)}</h3>${paragraph()}</div></div>`);
      else if (r < 0.25) body.push(`<blockquote>${paragraph()}</blockquote>`);
      else body.push(paragraph());
    }
    const article = `<article id="story-${n++}"><div class="story"><div class="body">${body.join('\n')}</div></div><aside>${sentence()}</aside></article>\n`;
    parts.push(article);
    size += article.length;
  }
  parts.push('</main><footer><p>All times are local.</p></footer></body></html>\n');
  return parts.join('');
}

/** A tiny page with one mention of each topic, for timing the card on a page that is not large. */
export function smallPage(): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tesla FSD in China</title></head><body>',
    '<h1>Tesla FSD in China</h1>',
    '<p>Tesla still cannot offer the full version of FSD to drivers in China.</p>',
    '<p>Nvidia reported record data-centre revenue for the quarter.</p>',
    '<p>The Cyberspace Administration of China said new rules on cross-border data transfers take effect next year.</p>',
    '</body></html>\n',
  ].join('\n');
}
