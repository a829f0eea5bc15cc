/**
 * Matches a page sentence to the catalogue's claims and reads each source's stance toward it.
 * The sentence is judged by its main claim: the catalogue claim whose required concept groups all
 * match, with the highest score (matches in a subordinate clause count half).
 */
import { norm } from './fold';
import { compileConcepts } from './lexicon';
import type { IndexData, IndexedClaim, SlotKind, SourceStance, Span, Stance } from './types';
import { compareValues, readDurations, readMoney } from './values';

export interface Finding {
  sourceId: string;
  stance: Stance;
  claimId?: string;
  evidence?: Span;
  reason?: string;
  /** The source's own date, when it gives one: what it reports held as of that date. */
  asOf?: string;
}

export interface ClaimMatch {
  claim: IndexedClaim;
  score: number;
  polarity: 1 | -1 | 0;
  /** Where the cue that decided the polarity stands. */
  at: number;
  /** Part of the claim stands only in a sentence-initial concessive clause. */
  presupposed?: boolean;
}

const NEG =
  /\b(?:not|never|no|no longer|yet to|unable to|cannot|without|neither|nor|hardly|barely|rarely|seldom|unlikely to|failed to|fails to|fail to|denied|denies|deny|refused to|refuses to|refuse to|declined to|declines to|decline to|ruled out|rules out|far from|anything but)\b|n't\b/;
const NOT_NEG =
  /\bnot (?:only|just|merely|clear|known|certain|sure|yet clear|the first|the only)\b|\bno doubt\b|\bno matter\b|\bdeclin(?:ed|es|e) to (?:comment|say|confirm|discuss|elaborate|disclose|answer|respond|specify|name|identify)\b/g;
const CLAUSE_BREAK =
  /[,;:()"]|\s[-\u2013\u2014]\s|\b(?:but|which|who|while|although|though|whereas|and|because|since|after|before|when|as)\b/g;
const CONTRAST =
  /,\s*(?:and\s+|but\s+)?not\s+(?!only\b|just\b|merely\b|least\b|yet\b|least\b|always\b|necessarily\b)|\b(?:rather than|instead of|as opposed to)\s+/g;
// Actors, places and figures: a contrast over them is a value to compare, not a denial.
const CONTRAST_SKIP = new Set([
  'TESLA',
  'TESLANAME',
  'MUSK',
  'NVIDIA',
  'CHIPORG',
  'FOREIGN',
  'MONEY',
  'DURATION',
  'LIQIANG',
  'DEST',
]);
/** Concepts that name a place: values, for a claim that compares places. */
const PLACE_CONCEPTS = new Set(['BEIJING', 'LINGANG']);
const CONCESSIVE = /^\s*(?:while|although|though|even though|even as|whereas|despite)\b/;
const SUBORD =
  /\b(?:(?:say|says|said|confirm|confirmed|comment on|disclose|reveal|specify)\s+whether|after|following|since|because|where|fresh (?:from|off)|even (?:under|with)|as part of|despite|amid|amidst|when|whereas|although|though|before|until|even as|as (?:tesla|it|the company|musk|beijing|china|washington|regulators|the automaker|the carmaker|nvidia|the us|demand|competition|sales))\b/;
// Appositives and asides: ", priced at about $9,000," or "(which ...)".
const ASIDE =
  /,\s(?:which|who|whose|priced|costing|valued|worth|known|called|based|formerly|once|a|an|the)\b[^,]{0,160},|\([^()]{0,200}\)/g;
const HYPO =
  /\b(?:could|might|may|would|if|whether|should|possibly|potentially|perhaps|considering|consider|mulls?|mulling|weighing)\b/;
const FUTURE =
  /\b(?:will|plans? to|planning to|aims? to|aiming to|hopes? to|expects? to|expected to|wants? to|seeks? to|intends? to|set to|soon|going to|next year|later this year|prepares? to|preparing to|eventually|one day|someday)\b|'ll\b/;

const REPORTED_WOULD =
  /\b(?:said|says|confirmed|confirms|announced|announces|stated|insisted|insists|told [\w-]+|decided)(?: that)? (?:it|he|she|they|tesla|the company|[\w-]+) would\b/g;
const WISHED =
  /\b(?:lobb\w*|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|press(?:es|ed|ing)|push(?:es|ed|ing)|ask(?:s|ed|ing)?|want(?:s|ed)?|demand(?:s|ed|ing)?|hop(?:e|es|ed|ing)|efforts?|attempts?|bids?|tr(?:y|ies|ied|ying)|seek\w*|sought)\b[^.]{0,60}\bto\s+(?:(?:win|get|obtain|secure|gain|receive|earn)\s+(?:[\w']+\s+)?)?$/;
const NOMINAL =
  /^(?:requests?|applications?|efforts?|campaigns?|bids?|push|plans?|proposals?|talks|discussions|negotiations|partnerships?|approval|permission)$/;
const CONDITIONAL = /\b(?:if|unless|whether|provided|assuming|should it)\b/;
// "exploring whether to": an embedded question names an option under study, not a condition.
const WEIGHING =
  /\b(?:explor\w*|consider\w*|weigh\w*|decid\w*|stud(?:y|ies|ying)|assess\w*|evaluat\w*|look\w* (?:at|into)|mull\w*|debat\w*) whether\b/g;
const ABOUT_REPORT = /\b(?:was|were|had been|has been|have been) first (?:reported|disclosed|revealed)\b/;
// The source's occasion taken as given, with something else denied within it.
const EVENT_FRAME =
  /\b(?:during|on|at|in the course of|throughout)\s+(?:his|the|musk's|that|this)\s+(?:(?:[\w-]+\s+){0,2}?(?:beijing|china|chinese|april|spring)\s+(?:[\w-]+\s+)?(?:visit|trip)|(?:visit|trip)\s+(?:to|in)\s+(?:beijing|china)|meeting\s+with\s+(?:premier\s+)?li)\b|\b(?:(?:during|on|throughout)\s+)?(?:his|musk's)\s+(?:recent\s+|last\s+|april\s+)?(?:beijing\s+|china\s+)?(?:visit|trip)\b/;
const UNRELATED =
  /\b(?:has|have|had|is|was|were|are)\s+(?:had\s+)?(?:nothing|little|no connection|no link)\s+(?:to do\s+)?with\b|\bunrelated to\b|\b(?:has|have|had)\s+(?:no|little)\s+(?:bearing|effect|impact|influence)\s+on\b/;
const DISMISSED =
  /\b(?:dismiss(?:ed|es|ing)?|rejected|rejects|denied|denies|scoffed at|poured cold water on)\s+(?:the\s+|any\s+)?(?:idea|notion|suggestions?|claims?|reports?|talk|speculation)\s+(?:that|of)\b/;
const UNSURE = /\b(?:unclear|not clear|uncertain|not certain|undecided)\s+(?:whether|if)\b/g;
const PAREN_CONTRAST = /,\s*(?:rather than|not|instead of)\s+[^,;]{1,40},/g;
const COMES_AS = /\b(?:comes?|came|coming)\s+(?:just\s+)?(?:as|amid|amidst|at a time when|while)\b/;
const ANTI_BREAK = /[;,]|\b(?:but|and|yet|while|whereas|although|though|after|before|since|because)\b/;
const RELATIVE = /\b(?:that|which|who)\s+(?:[\w'-]+\s+){0,2}$/;
/** "that" after a reporting verb ("said in April that ...") opens what was said, not a relative clause. */
const REPORTED_THAT =
  /\b(?:said|says|say|told|tells|reported|reports|announced|added|noted|insisted|claimed|claims|stated|confirmed|argued|argues|believes|believe|thinks|wrote|writes)\b(?:\s+[\w'-]+){0,4}\s+that\s+(?:[\w'-]+\s+){0,2}$/;
const relativeBefore = (s: string, at: number) => {
  const before = s.slice(Math.max(0, at - 60), at);
  return RELATIVE.test(before.slice(-30)) && !REPORTED_THAT.test(before);
};
const EPISTEMIC =
  /\b(?:no (?:evidence|sign|signs|indication|proof|confirmation)|(?:unclear|not clear|not known|unknown) (?:whether|if)|remains to be seen|could not (?:be )?(?:confirm|verif)\w*|not (?:be )?(?:independently )?(?:confirmed|verified))\b/;
// Wishes, attempts and goals: the state they aim at does not hold yet.
const WANT =
  /\b(?:keen|eager|looking|pushing|pressing|bid|efforts?|working|trying|tries|tried|attempts?|attempting|seeking|ready|poised|on track|close|racing|hoping|ambitions?|goal|wish(?:es)?|desire|would like|lobbying|awaiting|pending) to\b/;
// "began to sell", "has been able to offer": an infinitive that still states a fact.
const FACTUAL_TO =
  /\b(?:began|begun|begins|started|starts|continue[sd]?|continues|went on|managed|manages|(?:is|are|was|were|been|now) able|has been able|have been able|used) to\s+$/;

const SLOT_LABEL: Record<SlotKind, string> = {
  money: 'different price',
  month: 'different month',
  duration: 'different duration',
  person: 'different person',
  org: 'different company',
  place: 'different place',
};

type Hit = { index: number; end: number };

export class StanceMatcher {
  private readonly concepts: Map<string, RegExp>;
  private readonly dates: Map<string, string | null>;

  constructor(private readonly index: IndexData) {
    this.concepts = compileConcepts(index.concepts);
    this.dates = new Map(index.sources.map((s) => [s.id, s.date]));
  }

  /** The best-matching claim for a sentence, or null when none of the catalogue's claims is made. */
  match(sentence: string): { match: ClaimMatch | null; s: string } {
    const s = norm(sentence);
    // "X was first reported by Bloomberg": the claim is who reported X, which no source addresses.
    if (ABOUT_REPORT.test(s)) return { match: null, s };
    const cache = new Map<string, Hit[]>();
    const hits = (name: string): Hit[] => {
      let h = cache.get(name);
      if (h) return h;
      h = [];
      if (name === 'MONEY' || name === 'DURATION') {
        const found = name === 'MONEY' ? readMoney(s).length : readDurations(s).length;
        // Position of the first figure, so an aside's figure weighs like the aside.
        if (found) h.push({ index: Math.max(0, s.search(/[$\u20ac\u00a3\u00a5]|\d/)), end: 0 });
      } else {
        const re = this.concepts.get(name);
        if (re) {
          re.lastIndex = 0;
          for (let m = re.exec(s); m; m = re.exec(s)) {
            h.push({ index: m.index, end: m.index + m[0].length });
            if (m[0].length === 0) re.lastIndex++;
          }
        }
      }
      cache.set(name, h);
      return h;
    };

    // Where the subordinate clause lies: an opening "After ..., " up to the comma, or from the
    // subordinator to the end.
    let subA = -1;
    let subB = -1;
    // A sentence-initial concessive clause ("While Tesla is pioneering X, ...") is presupposed:
    // the main clause's denial is not about it.
    let conB = -1;
    const opener = CONCESSIVE.exec(s);
    if (opener) conB = Math.max(s.indexOf(',', opener[0].length), 0);
    const asides: [number, number][] = [];
    ASIDE.lastIndex = 0;
    for (let m = ASIDE.exec(s); m; m = ASIDE.exec(s)) asides.push([m.index, m.index + m[0].length]);
    const sm = opener ? { index: 0 } : SUBORD.exec(s);
    if (sm) {
      if (sm.index < 3) {
        subA = 0;
        const comma = s.indexOf(',', sm.index);
        subB = Math.max(comma, 0);
      } else {
        subA = sm.index;
        // One that opens inside an aside (", who asked not to be named because ..., said") ends
        // with it: the main clause resumes after.
        subB = asides.find(([a, b]) => sm.index >= a && sm.index < b)?.[1] ?? s.length;
      }
    }
    // Asides are sorted and disjoint: binary search keeps huge inputs linear-ish.
    const inAside = (p: number): boolean => {
      let lo = 0;
      let hi = asides.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [a, b] = asides[mid] as [number, number];
        if (p < a) hi = mid - 1;
        else if (p >= b) lo = mid + 1;
        else return true;
      }
      return false;
    };
    const inSub = (p: number) => (p >= subA && p < subB) || inAside(p);
    const groupWeight = (group: string[]): number => {
      let best = 0;
      for (const name of group) {
        for (const h of hits(name)) {
          const inSub = (h.index >= subA && h.index < subB) || inAside(h.index);
          best = Math.max(best, inSub ? 0.5 : 1);
          if (best === 1) return 1;
        }
      }
      return best;
    };

    const candidates: ClaimMatch[] = [];
    const anchored = new Map<string, boolean>();
    const anchorOk = (alts: string[][]): boolean => {
      const key = JSON.stringify(alts);
      let ok = anchored.get(key);
      if (ok === undefined) {
        ok = alts.some((alt) => alt.every((c) => hits(c).length > 0));
        anchored.set(key, ok);
      }
      return ok;
    };
    for (const claim of this.index.claims) {
      // Topic anchors first: a claim about Tesla's data needs Tesla, FSD or self-driving in view.
      if (!anchorOk(claim.anchor ?? this.index.anchors[claim.topic] ?? [])) continue;
      if (claim.blockAll?.some((c) => hits(c).length > 0)) continue;
      const bu = claim.blockUnless;
      if (bu?.block.some((c) => hits(c).length > 0) && !bu.unless.some((c) => hits(c).length > 0)) continue;
      let score = 0;
      let ok = true;
      let full = 0;
      // Some claims live in subordinate clauses by nature ("... as EV demand has slowed").
      const weigh = (g: string[]) => (claim.subOk ? Math.ceil(groupWeight(g)) : groupWeight(g));
      for (const [i, g] of claim.need.entries()) {
        const w = weigh(g);
        // Some parts must be said in the main clause: a price in an aside is not the point.
        if (w === 0 || (w < 1 && claim.mainGroups?.includes(i))) {
          ok = false;
          break;
        }
        if (w === 1) full++;
        score += w;
      }
      // A claim made mostly inside a subordinate clause ("..., after Musk met Li Qiang") is not the
      // sentence's main claim, unless its predicate stands in the main clause.
      if (!ok || full === 0) continue;
      if (full * 2 < claim.need.length && !claim.pred.some((c) => hits(c).some((h) => !inSub(h.index)))) continue;
      for (const g of claim.opt) score += weigh(g);
      score += claim.bonus ?? 0;
      // The object a denial needs ("training AI") stands only in the granted concessive clause.
      const presupposed =
        conB > 0 && !!claim.negNeeds && !claim.negNeeds.some((c) => hits(c).some((h) => h.index >= conB));
      candidates.push({ claim, score, polarity: 0, at: 0, presupposed });
    }
    // Highest score first (catalogue order breaks ties); a claim whose polarity cannot be read
    // gives way to the next one that can.
    candidates.sort((a, b) => b.score - a.score);
    // A correction ("permanent, not a pilot") is the point of its sentence: a claim it rejects a
    // part of goes first, unless another claim fits the sentence clearly better.
    const promote = (i: number) => {
      if (i > 0) candidates.unshift(...candidates.splice(i, 1));
    };
    const first = candidates[0];
    if (first && !this.contrasts(first.claim, s, hits).owned)
      promote(candidates.findIndex((c) => c.score >= first.score - 1.5 && this.contrasted(c.claim, s, hits) >= 0));
    // "X comes as Y": X is the topic, Y what the sentence asserts. A claim told only in X gives
    // way to the best one told in Y.
    const framing = COMES_AS.exec(s);
    if (framing) {
      const after = framing.index + framing[0].length;
      const inY = (c: ClaimMatch) => c.claim.need.flat().some((n) => hits(n).some((h) => h.index >= after));
      if (candidates[0] && !inY(candidates[0])) promote(candidates.findIndex(inY));
    }
    let best: ClaimMatch | null = null;
    for (const c of candidates) {
      const p = this.polarity(c.claim, s, hits);
      c.polarity = p.polarity;
      c.at = p.at;
      if (!best) best = c;
      if (p.polarity !== 0) {
        best = c;
        break;
      }
    }
    return { match: best, s };
  }

  /**
   * Where a construction denies the claim as a whole, or -1: "Zhang dismissed the idea that China
   * could help" (a part of the claim after it), "Musk's visit had nothing to do with data
   * transfers" (the claim on both sides, the second within the same clause).
   */
  private deniedOutright(claim: IndexedClaim, s: string, hits: (n: string) => Hit[]): number {
    const parts = claim.need.flat().flatMap((c) => hits(c));
    const dismissed = DISMISSED.exec(s);
    if (dismissed) {
      const from = dismissed.index + dismissed[0].length;
      if (parts.some((h) => h.index >= from)) return dismissed.index;
    }
    const unrelated = UNRELATED.exec(s);
    if (unrelated) {
      const from = unrelated.index + unrelated[0].length;
      const stop = s.slice(from).search(/[,;:]/);
      const to = stop < 0 ? s.length : from + stop;
      if (parts.some((h) => h.end <= unrelated.index) && parts.some((h) => h.index >= from && h.index < to))
        return unrelated.index;
    }
    return -1;
  }

  /**
   * The rejected alternatives of the sentence's contrast markers ("X, not Y", "Y rather than X",
   * "instead of Y"), and whether the claim owns a marker: a claim that is itself a contrast ("in
   * China instead of abroad") keeps it, and its alternative is not a rejection.
   */
  private contrasts(
    claim: IndexedClaim,
    s: string,
    hits: (n: string) => Hit[],
  ): { owned: boolean; spans: [number, number][] } {
    const spans: [number, number][] = [];
    let owned = false;
    CONTRAST.lastIndex = 0;
    const own = [...claim.need.flat(), ...claim.pred].flatMap((c) => hits(c));
    for (let m = CONTRAST.exec(s); m; m = CONTRAST.exec(s)) {
      const at = m.index + m[0].search(/\S/);
      if (own.some((h) => h.index <= at && h.end > at)) {
        owned = true;
        continue;
      }
      const a = m.index + m[0].length;
      const rest = s.slice(a);
      // The rejected alternative is a short phrase: it ends at a clause break or at a preposition
      // after its first word ("instead of Nvidia GPUs | in its data centre").
      const stop = rest.search(
        /[,;.()]|\s[-\u2013\u2014]\s|\b(?:but|and|while|whereas|which|who)\b|(?<=\w\s.*)\b(?:in|at|on|to|with|from|by|for|of|over|about|inside|within)\b/,
      );
      spans.push([a, stop < 0 ? s.length : a + stop]);
    }
    return { owned, spans };
  }

  /**
   * A part of the claim named only in a rejected alternative is denied (its position, or -1).
   * Actors and values are left to the value comparison ("Nvidia, not AMD").
   */
  private contrasted(claim: IndexedClaim, s: string, hits: (n: string) => Hit[]): number {
    const { spans } = this.contrasts(claim, s, hits);
    if (!spans.length) return -1;
    const inside = (h: Hit) => spans.some(([a, b]) => h.index >= a && h.index < b);
    const names = new Set([...claim.need.flat(), ...claim.opt.flat(), ...claim.pred]);
    for (const name of names) {
      if (CONTRAST_SKIP.has(name) || claim.contrastSkip?.includes(name)) continue;
      // A place the claim compares as a value ("Shanghai, not Beijing") is the comparison's.
      if (claim.slots?.includes('place') && PLACE_CONCEPTS.has(name)) continue;
      const hs = hits(name);
      if (hs.length && hs.every(inside)) return (hs[0] as Hit).index;
    }
    return -1;
  }

  /** The clause text just before a position: where its negation or modal would stand. */
  private clauseBefore(s: string, pos: number): string {
    let window = s.slice(Math.max(0, pos - 70), pos);
    let cut = -1;
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window)) cut = m.index + m[0].length;
    if (cut >= 0) window = window.slice(cut);
    return window;
  }

  /** A negation in the same clause, at most five words before the cue ("has not yet been able to offer"). */
  private negatedAt(s: string, pos: number, span = 5): boolean {
    const words = this.clauseBefore(s, pos).replace(NOT_NEG, ' ').trim().split(/\s+/);
    return NEG.test(words.slice(-span).join(' '));
  }

  private polarity(claim: IndexedClaim, s: string, hits: (n: string) => Hit[]): { polarity: 1 | -1 | 0; at: number } {
    const contrast = this.contrasted(claim, s, hits);
    if (contrast >= 0) return { polarity: -1, at: contrast };
    const denied = this.deniedOutright(claim, s, hits);
    if (denied >= 0) return { polarity: -1, at: denied };
    const negated = (h: Hit) => !claim.noGenericNeg && this.negatedAt(s, h.index);
    // An antonym inside a relative clause ("a list of data that cannot leave the country")
    // describes a noun, not the sentence's claim.
    // An antonym must also stand near the claim's core object ("dropped" far from "data centre" may
    // be about sales).
    const core = claim.need.find((g) => !g.some((c) => claim.anti.includes(c)));
    const objects = core ? core.flatMap((c) => hits(c)) : null;
    // ... and in the same clause: "stopped production in Shanghai but is still planning a data
    // centre" does not stop the data centre.
    const near = (h: Hit) =>
      !objects ||
      objects.some((o) => {
        // A long subject ("Negotiations between Tesla and Nvidia over GPUs for ... collapsed") may
        // stand further before its predicate, within one clause.
        if (h.index > o.index && h.index - o.index <= 120 && !/[;,:]/.test(s.slice(o.end, h.index))) return true;
        if (Math.abs(o.index - h.index) > 60) return false;
        // A later clause may refer back ("FSD ..., but its rollout was held up"); an earlier one
        // is about something else.
        if (h.index > o.index) return true;
        // A parenthetical contrast (", rather than loosening,") does not break the clause.
        return !ANTI_BREAK.test(s.slice(h.end, o.index).replace(PAREN_CONTRAST, ' '));
      });
    const anti = claim.anti.flatMap((c) => hits(c)).filter((h) => near(h) && !relativeBefore(s, h.index));
    if (anti.length) {
      const live = anti.find((h) => !negated(h));
      return live ? { polarity: -1, at: live.index } : { polarity: 1, at: (anti[0] as Hit).index };
    }
    // A claim about one place: a predicate nearer another place ("offered FSD in the U.S.") is
    // about that place.
    const local = claim.localTo ? hits(claim.localTo) : null;
    const foreign = claim.localTo ? hits('FOREIGN') : [];
    const here = (h: Hit) => {
      if (!local || foreign.length === 0) return true;
      const d = (xs: Hit[]) => Math.min(...xs.map((x) => Math.abs(x.index - h.index)));
      return d(local) <= d(foreign);
    };
    const pred = claim.pred.flatMap((c) => hits(c)).filter(here);
    if (pred.length) {
      // A noun cue ("request", "talks", "plans") is denied only right before it ("no talks");
      // "has yet to approve Tesla's request" denies the approval, not the request.
      const neg = pred.find((h) =>
        NOMINAL.test(s.slice(h.index, h.end)) ? this.negatedAt(s, h.index, 3) && !claim.noGenericNeg : negated(h),
      );
      return neg ? { polarity: -1, at: neg.index } : { polarity: 1, at: (pred[0] as Hit).index };
    }
    if (claim.predOptional) {
      const first = claim.need[0]?.flatMap((c) => hits(c))[0];
      if (!first) return { polarity: 1, at: 0 };
      return { polarity: negated(first) ? -1 : 1, at: first.index };
    }
    return { polarity: 0, at: 0 };
  }

  /** One finding per source, in index order. */
  judge(sentence: string): { match: ClaimMatch | null; findings: Finding[] } {
    const { match, s } = this.match(sentence);
    const findings: Finding[] = [];
    const question = /\?\s*["'\u201d\u2019)]*\s*$/.test(sentence);
    // Places are read after the claim's predicate ("stores ... on servers in Texas").
    let after = s;
    if (match) {
      let first = s.length;
      for (const c of match.claim.pred) {
        const re = this.concepts.get(c);
        if (!re) continue;
        re.lastIndex = 0;
        const m = re.exec(s);
        if (m && m.index < first) first = m.index;
      }
      if (first < s.length) after = s.slice(first);
    }
    for (const src of this.index.sources) {
      const f: Finding = { sourceId: src.id, stance: 'neutral' };
      findings.push(f);
      if (!match || match.polarity === 0 || question) continue;
      const entry = match.claim.sources[src.id];
      if (!entry) continue;
      const stance = this.stanceFor(match, entry.stance, s, after, entry.values ?? {});
      if (stance.stance === 'neutral') continue;
      if (stance.stance === 'contradict' && entry.supportOnly) continue;
      if (entry.notWith?.some((c) => this.has(c, s))) continue;
      if (entry.onlyWith && !entry.onlyWith.some((c) => this.has(c, s))) continue;
      f.stance = stance.stance;
      f.claimId = match.claim.id;
      const positive = entry.stance === 'asserts' || entry.stance === 'hedges';
      const says = entry.says ?? (positive ? match.claim.statement : match.claim.negated);
      let evidence = entry.evidence[0];
      if (stance.slot) {
        const v = entry.values?.[stance.slot] as { display: string } | undefined;
        const key = v?.display.split(' (')[0]?.replace(/^the equivalent of |^almost /g, '') ?? '';
        evidence = entry.evidence.find((e) => key && e.text.includes(key)) ?? evidence;
        f.reason = `${SLOT_LABEL[stance.slot]}: the source says ${v?.display ?? 'otherwise'}`;
      } else if (f.stance === 'support') {
        f.reason =
          entry.stance === 'hedges' ? `the source says, with hedged wording, that ${says}` : `the source says ${says}`;
      } else {
        f.reason = `the source says ${says}`;
      }
      if (evidence) f.evidence = { text: evidence.text, start: evidence.start, end: evidence.end };
      const date = this.dates.get(src.id);
      if (date) f.asOf = date;
    }
    return { match, findings };
  }

  private has(concept: string, s: string): boolean {
    const re = this.concepts.get(concept);
    if (!re) return false;
    re.lastIndex = 0;
    return re.test(s);
  }

  /** Whether someone lobbies or asks for the claimed state rather than reporting it ("lobbied Beijing to ease"). */
  private wishedFor(claim: IndexedClaim, s: string): boolean {
    const first = this.firstPred(claim, s);
    return first >= 0 && WISHED.test(this.clauseBefore(s, first));
  }

  private firstPred(claim: IndexedClaim, s: string): number {
    let first = -1;
    for (const c of claim.pred) {
      const re = this.concepts.get(c);
      if (!re) continue;
      re.lastIndex = 0;
      const m = re.exec(s);
      if (m && (first < 0 || m.index < first)) first = m.index;
    }
    return first;
  }

  /** Whether the claim's predicate is wished for rather than stated ("keen to roll out", "in a bid to launch"). */
  private irrealis(claim: IndexedClaim, s: string): boolean {
    if (WANT.test(s)) return true;
    // The first predicate cue is the main verb; later ones are often nouns ("... to customers").
    const first = this.firstPred(claim, s);
    if (first < 0) return false;
    const before = s.slice(Math.max(0, first - 40), first);
    return /\bto\s+$/.test(before) && !FACTUAL_TO.test(before);
  }

  private stanceFor(
    match: ClaimMatch,
    srcStance: SourceStance,
    s: string,
    after: string,
    values: NonNullable<IndexedClaim['sources'][string]['values']>,
  ): { stance: Stance; slot?: SlotKind } {
    const claim = match.claim;
    const positive = srcStance === 'asserts' || srcStance === 'hedges';
    const cmp = claim.slots?.length
      ? compareValues(s, after, claim.slots, values, match.at)
      : { result: 'none' as const };
    const hypo = HYPO.test(s);
    // "If approved, FSD could ...": a condition asserts nothing.
    let clause = this.clauseBefore(s, match.at).replace(WEIGHING, ' ');
    // A claim that is itself uncertain ("may pursue both") is stated by "it is unclear whether".
    if (claim.conditional) clause = clause.replace(UNSURE, ' ');
    if (CONDITIONAL.test(clause)) return { stance: 'neutral' };
    // A sentence dated only before the sources' time (2024) speaks of another time: it can still
    // agree, but it cannot contradict.
    const years = s.match(/\b(?:19|20)\d\d\b/g)?.map(Number) ?? [];
    // "Since 2021" runs up to now: it does not date the sentence before the sources.
    const since = s.match(/\b(?:since|from)\s+(?:early |late |mid-?)?(?:19|20)\d\d\b/g)?.length ?? 0;
    const earlier = years.length > since && years.every((y) => y < 2024);
    // A one-off event (a visit, a meeting) dated in another year is another event.
    if (claim.event && years.length > 0 && !years.includes(2024)) return { stance: 'neutral' };
    if (claim.valueRequired && cmp.result !== 'agree' && !(cmp.result === 'conflict' && !earlier)) {
      return { stance: 'neutral' };
    }
    if (earlier) {
      if (cmp.result === 'conflict') return { stance: 'neutral' };
      const agrees = match.polarity > 0 ? positive : !positive;
      return { stance: agrees ? 'support' : 'neutral' };
    }
    if (match.polarity > 0) {
      if (claim.state && this.wishedFor(claim, s)) return { stance: 'neutral' };
      if (cmp.result === 'conflict' && cmp.slot) return { stance: 'contradict', slot: cmp.slot };
      if (positive) return { stance: 'support' };
      // The source reports the state as not holding: only a firm statement that it holds contradicts.
      if (hypo || FUTURE.test(s) || this.irrealis(claim, s)) return { stance: 'neutral' };
      if (claim.blockPositive?.some((c) => this.has(c, s))) return { stance: 'neutral' };
      return { stance: 'contradict' };
    }
    // Negative sentence: denying a different figure says nothing about the source's figure.
    if (cmp.result === 'conflict') return { stance: 'neutral' };
    // "Musk did not visit China this year": denying an event contradicts only when the sentence
    // dates it as the source does.
    // Unless the sentence frames the same occasion ("did not discuss data during his Beijing visit").
    if (claim.event && positive && cmp.result !== 'agree' && !years.includes(2024) && !EVENT_FRAME.test(s)) {
      return { stance: 'neutral' };
    }
    // "There is no evidence that ..." doubts the claim without denying it.
    if (EPISTEMIC.test(s)) return { stance: 'neutral' };
    if (!positive) return { stance: 'support' };
    // "While X, it is not Y": the denial is about Y, and X is granted.
    if (match.presupposed) return { stance: 'neutral' };
    // Denying less than the claim ("gaming chips" for "the most advanced chips") is no contradiction.
    if (claim.negNeeds && !claim.negNeeds.some((c) => this.has(c, s))) return { stance: 'neutral' };
    // "Tesla may scrap the plan": a hedged denial is not a contradiction.
    // Reported speech ("confirmed it would not proceed") is firm, not hypothetical.
    let before = this.clauseBefore(s, match.at).replace(REPORTED_WOULD, ' ');
    if (claim.conditional) before = before.replace(/\b(?:would|could|can)\b/g, ' ');
    return HYPO.test(before) ? { stance: 'neutral' } : { stance: 'contradict' };
  }
}
