/**
 * Reads comparable values out of a (folded, lower-cased) sentence: money, months, durations,
 * people, chip makers, places. Each reader is one linear regex pass.
 */
import type { ClaimValues } from './types';

// Approximate rates to US dollars, good enough to tell a rounded figure from a different one.
const TO_USD: Record<string, number> = {
  us$: 1,
  $: 1,
  usd: 1,
  dollars: 1,
  'us dollars': 1,
  s$: 0.74,
  sgd: 0.74,
  'singapore dollars': 0.74,
  hk$: 0.128,
  hkd: 0.128,
  a$: 0.66,
  c$: 0.73,
  nt$: 0.031,
  '€': 1.08,
  eur: 1.08,
  euros: 1.08,
  euro: 1.08,
  '£': 1.27,
  gbp: 1.27,
  pounds: 1.27,
  '¥': 0.138,
  rmb: 0.138,
  cny: 0.138,
  yuan: 0.138,
  renminbi: 0.138,
};
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, bn: 1e9, billion: 1e9 };
const MONEY =
  /(us\$|s\$|hk\$|a\$|c\$|nt\$|\$|€|£|¥|rmb|cny|usd|sgd|hkd|eur|gbp)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(k|thousand|million|mn|m|bn|billion)\b)?|\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(k|thousand|million|billion))?\s*(us dollars|singapore dollars|dollars|yuan|rmb|renminbi|euros?|pounds|usd|sgd|cny|hkd)\b/g;

export function readMoney(s: string): number[] {
  const out: number[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(s); m; m = MONEY.exec(s)) {
    const cur = (m[1] ?? m[6] ?? '$') as string;
    const num = Number.parseFloat(((m[2] ?? m[4]) as string).replace(/,/g, ''));
    const scale = SCALE[(m[3] ?? m[5] ?? '') as string] ?? 1;
    const rate = TO_USD[cur] ?? 1;
    // Tiny amounts are fees or misreadings ("$9 000"), never a product price.
    if (Number.isFinite(num) && num * scale * rate >= 100) out.push(num * scale * rate);
  }
  return out;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// "may" and "march" are also verbs: they count as months only after a preposition or next to a
// day; the other names count wherever they stand.
const MONTH =
  /\b(january|february|april|june|july|august|september|sept|october|november|december)\b|\b(?:in|since|during|early|late|mid|last|this|by|until|through|of|on|from|before|after|between|and)[\s-]+(?:early[\s-]+|late[\s-]+|mid[\s-]+)?(may|march)\b|\b(may|march)\s+\d|\d(?:st|nd|rd|th)?\s+(may|march)\b/g;

const REPORTING = /\b(?:report\w*|said|says|told|wrote|according|announc\w*|published|confirmed)\b/;

/**
 * A rejection right before a value, across a preposition or a title ("not in Beijing", "not
 * Premier Li Qiang", "rather than Vice Premier ...").
 */
const NEGATED_BEFORE =
  /(?:\bnot|\bnever|n't|\brather than|\binstead of|\bnor|\bexcept)\s+(?:with\s+|to\s+|from\s+|in\s+|on\s+|during\s+)?(?:(?:chinese\s+)?(?:vice[\s-])?(?:premier|president|minister|chairman|leader)\s+)?$/;
/** Whether the value at `at` is one the sentence rejects ("Shanghai, not Beijing", "in March, not April"). */
const rejectedAt = (s: string, at: number): boolean => NEGATED_BEFORE.test(s.slice(Math.max(0, at - 40), at));

/**
 * Months named in the sentence. With `at` (where the claim's predicate stands), a month separated
 * from it by a reporting verb ("In May, Reuters reported that Musk had met ...") dates the report,
 * not the event, and is left out.
 */
export function readMonths(s: string, at?: number): number[] {
  const out: number[] = [];
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(s); m; m = MONTH.exec(s)) {
    if (at !== undefined && REPORTING.test(s.slice(Math.min(m.index, at), Math.max(m.index, at)))) continue;
    // A rejected month ("in March, not April") is not the sentence's.
    if (rejectedAt(s, m.index)) continue;
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4]) as string;
    out.push(name === 'sept' ? 9 : MONTHS.indexOf(name) + 1);
  }
  return out;
}

const NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  'twenty-four': 24,
  'thirty-six': 36,
};
const UNIT_DAYS: Record<string, number> = { year: 365, month: 30, week: 7, day: 1 };
const DURATION =
  /\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|twenty-four|thirty-six)[\s-](year|month|week|day)s?\b|\b(fortnight)\b/g;

export function readDurations(s: string): number[] {
  const out: number[] = [];
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(s); m; m = DURATION.exec(s)) {
    if (m[3]) {
      out.push(14);
      continue;
    }
    const n = /^\d+$/.test(m[1] as string) ? Number(m[1]) : (NUM[m[1] as string] ?? 0);
    if (n > 0) out.push(n * (UNIT_DAYS[m[2] as string] ?? 0));
  }
  return out;
}

const PEOPLE = [
  'li qiang',
  'li keqiang',
  'xi jinping',
  'wang wentao',
  'he lifeng',
  'ding xuexiang',
  'wang yi',
  'wen jiabao',
];
const PERSON = new RegExp(`\\b(?:${PEOPLE.join('|')})\\b`, 'g');

/** Named Chinese leaders, each with whether the sentence negates it ("Ding Xuexiang, not Li Qiang"). */
export function readPeople(s: string): { name: string; negated: boolean }[] {
  const out: { name: string; negated: boolean }[] = [];
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(s); m; m = PERSON.exec(s)) {
    out.push({ name: m[0], negated: rejectedAt(s, m.index) });
  }
  return out;
}

const CHIPMAKERS =
  /\b(nvidia|amd|advanced micro devices|intel|huawei|qualcomm|cambricon|broadcom|samsung|tsmc|biren|moore threads|hygon)\b/g;

/** Chip makers named as actors: each with whether the sentence negates it ("AMD, not Nvidia"). */
export function readOrgs(s: string): { name: string; negated: boolean }[] {
  const out: { name: string; negated: boolean }[] = [];
  CHIPMAKERS.lastIndex = 0;
  for (let m = CHIPMAKERS.exec(s); m; m = CHIPMAKERS.exec(s)) {
    const name = m[1] === 'advanced micro devices' ? 'amd' : (m[1] as string);
    out.push({ name, negated: rejectedAt(s, m.index) });
  }
  return out;
}

const PLACE =
  /\b(?:in|at|on|within|inside|to)\s+(?:the\s+)?(?:servers\s+in\s+|(?:a\s+)?facilit\w*\s+in\s+)?(shanghai|lingang|china|the country|mainland china|beijing|texas|california|nevada|the us|the u\.s\.?|us|u\.s\.?|united states|america|abroad|overseas|singapore|europe|germany|japan|hong kong|taiwan|malaysia|india)\b/g;
const GENERIC_PLACES = new Set(['china', 'the country', 'mainland china']);
const SAME_PLACE: Record<string, string[]> = {
  shanghai: ['shanghai', 'lingang', 'china', 'the country', 'mainland china'],
  beijing: ['beijing', 'china', 'the country', 'mainland china'],
};

/** Places named as where something is or happens; a rejected one ("not in Shanghai") is not. */
export function readPlaces(s: string): string[] {
  const out: string[] = [];
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(s); m; m = PLACE.exec(s)) {
    if (!rejectedAt(s, m.index)) out.push(m[1] as string);
  }
  return out;
}

export type Comparison = { result: 'agree' | 'conflict' | 'none'; slot?: keyof ClaimValues };

/**
 * Compares the sentence's values with a source's values for the claim's slots. `s` is the folded,
 * lower-cased sentence; `after` is the part after the claim's predicate (places are read there).
 */
export function compareValues(
  s: string,
  after: string,
  slots: readonly string[],
  v: ClaimValues,
  at?: number,
): Comparison {
  let agreed = false;
  for (const slot of slots) {
    if (slot === 'money' && v.money) {
      const got = readMoney(s);
      if (got.length === 0) continue;
      const ratios = got.map((x) => x / (v.money as { usd: number }).usd);
      if (ratios.some((r) => r >= 0.93 && r <= 1.07)) agreed = true;
      else if (ratios.every((r) => r <= 0.85 || r >= 1.15)) return { result: 'conflict', slot: 'money' };
    } else if (slot === 'month' && v.month) {
      const got = readMonths(s, at);
      if (got.length === 0) continue;
      if (got.includes(v.month.month)) agreed = true;
      else return { result: 'conflict', slot: 'month' };
    } else if (slot === 'duration' && v.duration) {
      const got = readDurations(s);
      if (got.length === 0) continue;
      const want = v.duration.days;
      if (got.some((d) => Math.abs(d - want) <= want * 0.1)) agreed = true;
      else return { result: 'conflict', slot: 'duration' };
    } else if (slot === 'person' && v.person) {
      const got = readPeople(s);
      const want = v.person.name;
      const positive = got.filter((p) => !p.negated);
      if (positive.some((p) => p.name === want)) agreed = true;
      else if (
        got.some((p) => p.name === want && p.negated) ||
        (positive.length > 0 && /\bpremier\b|li keqiang/.test(s))
      ) {
        return { result: 'conflict', slot: 'person' };
      }
    } else if (slot === 'org' && v.org) {
      const got = readOrgs(s);
      if (got.length === 0) continue;
      const want = v.org.name;
      const positive = got.filter((o) => !o.negated);
      if (positive.some((o) => o.name === want)) agreed = true;
      else if (positive.length > 0 || got.some((o) => o.name === want && o.negated))
        return { result: 'conflict', slot: 'org' };
    } else if (slot === 'place' && v.place) {
      // After the predicate first ("stores ... on servers in Texas"); else anywhere ("travelled to
      // Shanghai for his meeting").
      let got = readPlaces(after);
      if (got.length === 0) got = readPlaces(s);
      // A city named says more than "China" ("its cars in China ... at a facility in Beijing").
      if (got.some((p) => !GENERIC_PLACES.has(p))) got = got.filter((p) => !GENERIC_PLACES.has(p));
      if (got.length === 0) continue;
      const same = SAME_PLACE[v.place.name] ?? [v.place.name];
      if (got.some((p) => same.includes(p))) agreed = true;
      else return { result: 'conflict', slot: 'place' };
    }
  }
  return { result: agreed ? 'agree' : 'none' };
}
