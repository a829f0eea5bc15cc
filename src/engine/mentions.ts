/**
 * Finds explicit names of the three topics. Kept small and free of data tables: the content script
 * imports it directly. Matching runs on typographically folded text; results carry the exact
 * original substring and offsets.
 */
import { fold } from './fold';

export type Topic = 'fsd' | 'nvidia' | 'cac';

export interface Mention {
  text: string;
  start: number;
  end: number;
  topic: Topic;
}

// Group order matters: longer names first. "FSD", "CAC" and "NVDA" are case-sensitive; checked below.
const NAMES =
  /\b(?:(full(?:\s+|-)?self(?:\s+|-)?driving)|(FSD)|(nvidia)|(NVDA)|(cyberspace\s+administration(?:\s+of\s+china)?)|(CAC)|((?:cyberspace|internet)\s+regulator))\b/gi;

// Context cues, matched on the lower-cased sentence (or the optional document context).
const FSD_FOR =
  /\b(?:tesla|musk|china|chinese|driv\w*|self[ -]driving|autopilot|autonomous|vehicles?|cars?|evs?|robotaxis?|cybercab|software|beta|supervised|subscri\w*|v1\d|hw[34]|nhtsa|recall\w*|automakers?|carmakers?|model [3sxy]|cybertruck|algorithms?|licens\w*|data cent(?:er|re)s?|rollout|roll(?:s|ed)? out|suite|package)\b/;
const TESLA_NEAR = /\b(?:tesla|musk|fsd|autopilot|beta|supervised|cybertruck|model [3sxy])\b/;
const FSD_AGAINST_STRONG =
  /\b(?:fire services?|fire department|firefighters?|rescue (?:teams?|crews?|operations?)|calls for help|ambulances?|blaze|faa|flights?|airports?|functional specification|specification document|voltmeters?|ammeters?|galvanometers?|meter needle|shunt resistors?|full[ -]scale deflection|fire[ -]hazards?|fire safety|aviation|flight standards|airlines?|food|foods|nutrition\w*|labell?ing|packaged|allergen\w*|hygiene|financial services|restaurants?|catering)\b/;
const FSD_AGAINST_WEAK =
  /\b(?:agency|department|division|council|ministry|authority|bank|banks|banking|fund|funds|school|district|insurance|pension\w*|police)\b/;
const FSD_AS_BODY =
  /^\s*(?:approved|said|says|announced|issued|ruled|warned|published|found|fined|ordered|requires|required|recommends|recommended)\b/;

const CAC_STRONG_NOT =
  /\b(?:our|my|your|blended|paid|average|reduce|reducing|lower|lowering|cut|cutting)\s+cac\b|\bcac\b[^.]{0,25}\b(?:to|at|of|is|was|around|about)\s+(?:\$|\u20ac|\u00a3)\s?\d|\bcac[ -]?40\b|\bcac (?:cards?|readers?)\b|\bcommon access card|\bcoronary|\bartery calcium|\bcac (?:next|mid|small|all)\b|\bltv ?[/:] ?cac\b|\bcac ?[/:] ?ltv\b|\bcac (?:payback|ratio|per)\b|\bblended cac\b|\bcustomer[ -]acquisition|\bacquisition costs?\b|\bcodex\b/;
const CAC_FOR =
  /\b(?:china|chinese|beijing|cyber\w*|internet|online|data|fined|fines|rules|regulations|reviews?|probe|crackdown|guidelines|draft|censorship|cross-border|security[ -](?:review|assessment)s?|personal information|apps?|regulators?|watchdog|censor\w*|lingang|algorithms?|platforms?|generative ai|didi|self-media|rumou?rs?|misinformation|disinformation|campaign against)\b/;
const CAC_AGAINST =
  /\b(?:paris|euronext|french|france|bourse|index|military|pentagon|dod|calcium|cardiac|heart|committee|council|ftse|dax|stoxx|blue[ -]chips?|equities|stocks?|shares|customers?|ltv|payback|churn|marketing|saas|onboarding|conversions?|funnel|retention|cohorts?|signups?|paid search|ad spend|nigeria\w*|abuja|lagos|australia\w*|canad\w*|aviation|india\w*)\b/;
/** Other countries, whose own regulators and bodies are never China's. */
const COUNTRIES =
  'australia|nigeria|canada|india|russia|turkey|iran|pakistan|vietnam|indonesia|britain|france|germany|japan|korea|singapore|malaysia|kenya|south africa|brazil';
const OTHER_COUNTRY = new RegExp(`\\b(?:${COUNTRIES}|uk|us|america|european)(?:n|'s|ian)?\\s*$`);
const OTHER_COUNTRY_ANY = new RegExp(`\\b(?:${COUNTRIES})`);
const CHINA_BEFORE = /\b(?:china's|chinese|beijing's|the country's|china)\s*$/;
const CHINA_ANY = /\b(?:china|chinese|beijing)\b/;

/** A sentence end: . ! or ? then space and a capital or quote (not after U.S., Mr, Dr or St), or a line break. */
const SENTENCE_END = /(?<![A-Z]\.[A-Z]|\b(?:Mrs?|Ms|Dr|St))[.!?]["\u201d')]?\s+(?=["\u201c(]?[A-Z])|\n/g;

const NVDA_READER = /\b(?:screen ?readers?|braille|blind (?:users|people)|nv access|visually impaired)\b/;
const IN_ADDRESS_BEFORE = /[@.]$/;
const IN_ADDRESS_AFTER = /^(?:\.[a-z]{2,}\b|@)/;

function topicOf(group: number): Topic {
  if (group <= 2) return 'fsd';
  if (group <= 4) return 'nvidia';
  return 'cac';
}

/** The last context folded: a page's scan passes the same one (its title) for every block. */
let lastContext = '';
let lastContextFolded = '';
function foldedContext(context: string): string {
  if (context !== lastContext) {
    lastContext = context;
    lastContextFolded = fold(context).text.toLowerCase();
  }
  return lastContextFolded;
}

/**
 * Returns the mentions in `text`, in order. `context` (for example the page's title and nearby text)
 * only decides bare "FSD" or "CAC" when the sentence itself gives no hint.
 */
export function findMentions(text: string, context?: string): Mention[] {
  const out: Mention[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const { text: f, map } = fold(text);
  const ctxLower = context ? foldedContext(context) : '';

  // The sentence around position p, lower-cased, as context for a short ambiguous name: the text
  // up to the nearest sentence end on each side, at most 400 characters away. A rough cut does
  // here, and keeps the full sentence splitter out of the content script, which bundles this file.
  const sentenceAround = (p: number): { s: string; offset: number } => {
    let a = Math.max(0, p - 400);
    const before = f.slice(a, p);
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(before); m; m = SENTENCE_END.exec(before))
      a = Math.max(0, p - 400) + m.index + m[0].length;
    const after = f.slice(p, p + 400);
    SENTENCE_END.lastIndex = 0;
    const end = SENTENCE_END.exec(after);
    const b = end ? p + end.index + 1 : Math.min(f.length, p + 400);
    return { s: f.slice(a, b).toLowerCase(), offset: a };
  };

  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(f); m; m = NAMES.exec(f)) {
    const s = m.index;
    const e = s + m[0].length;
    let group = 1;
    while (group < 8 && m[group] === undefined) group++;
    const word = m[0];
    // A name inside an e-mail address or a host name ("press@nvidia.com", "www.nvidia.com") is an
    // address, not a mention.
    let keep = !IN_ADDRESS_BEFORE.test(f.slice(Math.max(0, s - 1), s)) && !IN_ADDRESS_AFTER.test(f.slice(e, e + 8));
    if (keep && (group === 2 || group === 4 || group === 6)) keep = word === word.toUpperCase();
    // NVDA is also a screen reader's name.
    if (keep && group === 4) keep = !NVDA_READER.test(sentenceAround(s).s);
    if (keep && group === 2) keep = fsdInSense(f, s, e, sentenceAround, ctxLower);
    // All-lower-case "full self-driving" is often generic; it names Tesla's product only near Tesla.
    if (keep && group === 1 && word === word.toLowerCase()) keep = TESLA_NEAR.test(sentenceAround(s).s);
    if (keep && group === 6) keep = cacInSense(f, s, e, sentenceAround, ctxLower);
    if (keep && group === 7) keep = regulatorIsChinas(f, s, sentenceAround);
    if (!keep) continue;
    const start = map[s] as number;
    const end = (map[e - 1] as number) + 1;
    out.push({ text: text.slice(start, end), start, end, topic: topicOf(group) });
  }
  return out;
}

type Around = (p: number) => { s: string; offset: number };

function fsdInSense(f: string, s: number, e: number, around: Around, ctx: string): boolean {
  // "Full Self-Driving (FSD)" names the product outright.
  if (/self[ -]driving"?\s*\(\s*$/i.test(f.slice(Math.max(0, s - 30), s))) return true;
  if (/^\s*\(supervised\)|^\s*v?\d/i.test(f.slice(e, e + 14))) return true;
  const { s: sent } = around(s);
  if (FSD_AGAINST_STRONG.test(sent)) return false;
  if (FSD_FOR.test(sent)) return true;
  if (FSD_AS_BODY.test(f.slice(e, e + 20).toLowerCase())) return false;
  if (FSD_AGAINST_WEAK.test(sent)) return false;
  if (ctx) return !FSD_AGAINST_STRONG.test(ctx) && !(FSD_AGAINST_WEAK.test(ctx) && !FSD_FOR.test(ctx));
  return true;
}

function cacInSense(f: string, s: number, e: number, around: Around, ctx: string): boolean {
  const near = f.slice(Math.max(0, s - 40), e + 40).toLowerCase();
  if (/administration of china\s*\(\s*cac$/.test(f.slice(Math.max(0, s - 40), e).toLowerCase())) return true;
  if (CAC_STRONG_NOT.test(near)) return false;
  const { s: sent, offset } = around(s);
  if (CAC_STRONG_NOT.test(sent)) return false;
  if (OTHER_COUNTRY.test(sent.slice(Math.max(0, s - offset - 30), s - offset))) return false;
  if (CAC_FOR.test(sent) && !(CAC_AGAINST.test(sent) && !CHINA_ANY.test(sent))) return true;
  if (CAC_AGAINST.test(sent)) return false;
  // A bare "CAC" with no hint either way: only the page's context can make it China's regulator.
  if (ctx) return !CAC_STRONG_NOT.test(ctx) && CAC_FOR.test(ctx) && !(CAC_AGAINST.test(ctx) && !CHINA_ANY.test(ctx));
  return false;
}

function regulatorIsChinas(f: string, s: number, around: Around): boolean {
  const before = f.slice(Math.max(0, s - 30), s).toLowerCase();
  if (CHINA_BEFORE.test(before)) return true;
  if (OTHER_COUNTRY.test(before)) return false;
  // "The cyberspace regulator" is China's in English-language news unless another country is named.
  if (/^cyberspace/i.test(f.slice(s, s + 10))) return !OTHER_COUNTRY_ANY.test(around(s).s);
  const { s: sent } = around(s);
  return CHINA_ANY.test(sent) && !OTHER_COUNTRY_ANY.test(sent);
}
