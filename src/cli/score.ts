/**
 * The evaluation figures, computed the same way as the shared scorer (LABELS.md): mention precision
 * and recall, support and contradict F1, their mean, and contradict precision.
 */
export interface GoldItem {
  id: string;
  text: string;
  mentions?: string[];
  also?: string[];
  labels: Record<string, string>;
}
export interface PredItem {
  id: string;
  mentions: string[];
  stances: Record<string, string>;
}

/** What the shared scorer reads of a cross-check: the mentions' text and each source's stance. */
export function prediction(
  id: string,
  check: { mentions: { text: string }[]; findings: { sourceId: string; stance: string }[] },
): PredItem {
  return {
    id,
    mentions: check.mentions.map((m) => m.text),
    stances: Object.fromEntries(check.findings.map((f) => [f.sourceId, f.stance])),
  };
}
export interface Scores {
  items: number;
  missing_predictions: number;
  mention_precision: number;
  mention_recall: number;
  support_f1: number;
  contradict_f1: number;
  macro_f1: number;
  contradict_precision: number;
  contradict_recall: number;
  confusion: Record<string, Record<string, number>>;
  wrong_contradictions: string[];
}

const LABELS = ['support', 'contradict', 'neutral'] as const;

export function score(gold: GoldItem[], predictions: PredItem[]): Scores {
  const pred = new Map(predictions.map((p) => [p.id, p]));
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of LABELS) confusion[g] = { support: 0, contradict: 0, neutral: 0 };
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let missing = 0;
  const wrong: string[] = [];
  for (const item of gold) {
    const p = pred.get(item.id);
    if (!p) missing++;
    const want = [...(item.mentions ?? [])];
    const optional = item.also ?? [];
    for (const m of p?.mentions ?? []) {
      const i = want.indexOf(m);
      if (i >= 0) {
        want.splice(i, 1);
        tp++;
      } else if (!optional.some((o) => o.includes(m) || m.includes(o))) fp++;
    }
    fn += want.length;
    for (const [seed, g] of Object.entries(item.labels)) {
      let got = p?.stances?.[seed] ?? 'neutral';
      if (!(LABELS as readonly string[]).includes(got)) got = 'neutral';
      const row = confusion[g];
      if (row) row[got] = (row[got] ?? 0) + 1;
      if (got === 'contradict' && g !== 'contradict') wrong.push(`${item.id}/${seed}`);
    }
  }
  const cell = (g: string, p: string) => confusion[g]?.[p] ?? 0;
  const f1 = (label: string) => {
    const t = cell(label, label);
    const fpos = LABELS.reduce((s, g) => s + (g === label ? 0 : cell(g, label)), 0);
    const fneg = LABELS.reduce((s, q) => s + (q === label ? 0 : cell(label, q)), 0);
    const precision = t + fpos ? t / (t + fpos) : 0;
    const recall = t + fneg ? t / (t + fneg) : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  };
  const sup = f1('support');
  const con = f1('contradict');
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    items: gold.length,
    missing_predictions: missing,
    mention_precision: r(tp + fp ? tp / (tp + fp) : 1),
    mention_recall: r(tp + fn ? tp / (tp + fn) : 1),
    support_f1: r(sup.f1),
    contradict_f1: r(con.f1),
    macro_f1: r((sup.f1 + con.f1) / 2),
    contradict_precision: r(con.precision),
    contradict_recall: r(con.recall),
    confusion,
    wrong_contradictions: wrong,
  };
}

export function formatScores(s: Scores): string {
  const lines = [
    `items ${s.items}, without a prediction ${s.missing_predictions}`,
    `mentions: precision ${s.mention_precision}, recall ${s.mention_recall}`,
    'confusion (rows gold, columns predicted):',
    ['', ...LABELS].map((x) => x.padEnd(11)).join(''),
    ...LABELS.map((g) => [g, ...LABELS.map((p) => String(s.confusion[g]?.[p] ?? 0))].map((x) => x.padEnd(11)).join('')),
    `support F1 ${s.support_f1}, contradict F1 ${s.contradict_f1} (precision ${s.contradict_precision}, recall ${s.contradict_recall})`,
  ];
  if (s.wrong_contradictions.length) lines.push(`wrong contradictions: ${s.wrong_contradictions.join(' ')}`);
  lines.push(`macro F1 ${s.macro_f1}`);
  return lines.join('\n');
}
