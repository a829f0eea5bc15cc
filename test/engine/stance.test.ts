import { describe, expect, it } from 'vitest';
import { createEngine, verdictOf } from '../../src/engine/index';

const engine = createEngine();
const stances = (s: string) => Object.fromEntries(engine.check(s).findings.map((f) => [f.sourceId, f.stance]));
const finding = (s: string, id: string) => engine.check(s).findings.find((f) => f.sourceId === id);
const N = { '000': 'neutral', '001': 'neutral', '002': 'neutral', '003': 'neutral', '004': 'neutral' };

describe('stance: polarity', () => {
  it('a denial of what the sources assert contradicts them, with the source sentence as evidence', () => {
    const f = finding('Tesla has shelved its plans for a data centre in China.', '004');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe(
      'the source says Tesla is planning a data centre in China to train its self-driving algorithms',
    );
    expect(f?.evidence?.text).toMatch(
      /^As part of that effort, Tesla has been developing plans for a data centre in China/,
    );
  });

  it('talks about GPUs for "the project" are Tesla\'s talks; "the project" alone is not', () => {
    expect(
      stances('Talks with Nvidia over GPUs for the proposed facility are continuing, sources said.'),
    ).toMatchObject({
      '000': 'support',
      '002': 'support',
    });
    expect(stances('Nvidia discussed the project with investors.')).toEqual(N);
  });

  it('talks that broke down contradict the sources that report them under way, not those that report talks held', () => {
    expect(stances('Negotiations between Tesla and Nvidia over GPUs for the China project collapsed in June.')).toEqual(
      {
        ...N,
        '000': 'contradict',
        '002': 'contradict',
      },
    );
    expect(stances('Tesla held talks with Nvidia about GPUs for a data centre in China.')).toMatchObject({
      '003': 'support',
      '004': 'support',
    });
  });

  it("another carmaker's data centre is not Tesla's, built or not", () => {
    expect(stances('Xpeng and Nio have already built data centres in China to train their driving software.')).toEqual(
      N,
    );
  });

  it('a data centre already running contradicts the sources that report it planned; one begun is not yet that', () => {
    const running = stances('Tesla says its data centre in China for training FSD is already up and running.');
    expect(running['000']).toBe('contradict');
    expect(running['004']).toBe('contradict');
    expect(stances('Workers have started construction of the Tesla data centre for FSD training in China.')).toEqual(N);
  });

  it('"X had nothing to do with Y" denies the link', () => {
    // Only when the claim stands on both sides: here the meeting is granted, not denied.
    expect(
      stances("Analysts said the tariffs had nothing to do with Musk's meeting with Premier Li Qiang in Beijing.")[
        '004'
      ],
    ).toBe('support');
    expect(stances('The Lingang data pilot was unrelated to attracting foreign investment, officials said.')).toEqual({
      ...N,
      '003': 'contradict',
    });
    expect(
      stances("Musk's trip to Beijing had nothing to do with moving Tesla's data abroad, the company said."),
    ).toMatchObject({
      '000': 'contradict',
      '004': 'contradict',
    });
  });

  it('"no carmaker had ..." says Tesla is the first, which the source naming other carmakers contradicts', () => {
    expect(stances('No foreign automaker has ever operated a data centre in China before Tesla.')).toEqual({
      ...N,
      '002': 'contradict',
    });
  });

  it('order of events: the approval first supports, the other way round or another interval contradicts', () => {
    const first =
      'Tesla announced plans for a local data centre two weeks after it was granted approval for FSD in China.';
    expect(stances(first)['002']).toBe('support');
    expect(
      stances('Tesla got FSD approval in China two weeks before it disclosed plans for a data centre there.')['002'],
    ).toBe('support');
    const reversed =
      'Tesla was granted approval for FSD in China two weeks after it announced plans for a local data centre.';
    expect(stances(reversed)['002']).toBe('contradict');
    const longer = 'Tesla received approval for FSD in China two months before it unveiled the data-centre project.';
    expect(finding(longer, '002')?.stance).toBe('contradict');
    expect(finding(longer, '002')?.reason).toBe('different duration: the source says two weeks');
  });

  it('a transfer already approved or free contradicts the sources that report Tesla still seeking approval', () => {
    for (const s of [
      'Chinese regulators have granted Tesla permission to move its vehicle data abroad, people familiar said.',
      'Tesla won approval from Beijing to send data from its Chinese cars to the United States.',
      'Tesla has for some time been free to transfer its China data to the US.',
    ]) {
      expect(stances(s), s).toMatchObject({ '000': 'contradict', '003': 'contradict', '004': 'contradict' });
    }
  });

  it('month: a rejected month is not the sentence\'s ("in March, not April")', () => {
    const f = finding('Musk travelled to Beijing in May, not April, to meet Premier Li Qiang.', '004');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different month: the source says April');
    expect(finding('Musk visited Beijing in April, not March.', '004')?.stance).toBe('support');
  });

  it('"since 2021" runs up to now: a state said to hold since then can contradict', () => {
    expect(stances('FSD has been on sale to Chinese Tesla owners since 2022.')).toMatchObject({
      '003': 'contradict',
      '004': 'contradict',
    });
    expect(stances('Tesla sold FSD to Chinese owners in 2022.')['004']).not.toBe('contradict');
    expect(stances('FSD is already live for Tesla owners in China.')).toMatchObject({
      '003': 'contradict',
      '004': 'contradict',
    });
  });

  it('"declined to meet" denies; "declined to comment" does not', () => {
    expect(stances('Premier Li Qiang declined to meet Musk during his trip to Beijing.')).toMatchObject({
      '000': 'contradict',
      '004': 'contradict',
    });
    expect(stances('Tesla declined to say whether it had received approval for FSD in China.')).toEqual(N);
  });

  it('a claim that is itself a conditional is denied by a conditional ("would not need a partner")', () => {
    expect(stances('A Tesla data centre in China would not need a local partner, one person said.')).toMatchObject({
      '000': 'contradict',
      '004': 'contradict',
    });
    expect(stances('A Tesla data centre in China might not need a local partner.')).toEqual(N);
    expect(stances('Tesla could set up its China data centre on its own, one person said.')['004']).toBe('contradict');
    // An uncertain claim is stated by "it is unclear whether"; a firm one is not.
    expect(
      stances('It is not clear whether Tesla will go ahead with both the data transfer and a local data centre.')[
        '004'
      ],
    ).toBe('support');
    expect(stances('It is unclear whether Tesla received approval for FSD in China.')).toEqual(N);
  });

  it('a correction is the point of its sentence, unless the claim is itself a contrast', () => {
    const f = finding('The easing of China’s cross-border data rules will be permanent rather than a trial.', '003');
    expect(f?.stance).toBe('contradict');
    expect(
      engine.check('The easing of China’s cross-border data rules will be permanent rather than a trial.').claimId,
    ).toBe('pilot-one-year');
    expect(stances('Musk now wants the China data processed inside China instead of sent to the US.')['004']).toBe(
      'support',
    );
  });

  it('"said that ..." opens what was said, not a relative clause: its antonym counts', () => {
    expect(stances('A spokesperson said on Monday that Tesla had ruled out licensing FSD.')['004']).toBe('contradict');
    // A relative clause still describes a noun: "a list of data that cannot leave" is not a denial.
    expect(
      stances(
        'Tesla, which has shelved a factory project in India, is still developing plans for a data centre in China.',
      )['004'],
    ).toBe('support');
  });

  it('"little", "minor", "barely moves the needle" deny what a source says would matter', () => {
    expect(
      stances("A wider FSD rollout in China would hardly move the needle for Tesla's profits, a broker wrote."),
    ).toMatchObject({
      '004': 'contradict',
    });
    expect(
      stances('China would play a marginal role at most in the mass adoption of autonomous driving, Yale Zhang said.')[
        '002'
      ],
    ).toBe('contradict');
    expect(stances('Launching FSD in China would be of little importance for Tesla, one consultant said.')['003']).toBe(
      'contradict',
    );
    expect(stances('A wider FSD rollout in China could lift Tesla’s revenue, analysts said.')['004']).toBe('support');
  });

  it('"X comes as Y" asserts Y: the claim told in Y is the sentence\'s', () => {
    const s = "Tesla's plan to train FSD on Chinese data came amid booming demand for electric cars.";
    expect(engine.check(s).claimId).toBe('ev-slowdown-ai-pivot');
    expect(stances(s)).toMatchObject({ '000': 'contradict', '001': 'contradict', '004': 'contradict' });
    expect(engine.check("Tesla's plan to train FSD on Chinese data came as EV demand slowed.").verdict).toBe(
      'corroborated',
    );
  });

  it('trying to move the data abroad is pushing for it; never trying denies it', () => {
    expect(stances('Tesla never attempted to send data from its Chinese vehicles to the United States.')).toMatchObject(
      {
        '003': 'contradict',
        '004': 'contradict',
      },
    );
    expect(stances('For years Tesla tried to move data from its Chinese cars to the US.')).toMatchObject({
      '003': 'support',
      '004': 'support',
    });
  });

  it('"far from", "anything but", "dismissed the idea that" deny', () => {
    expect(
      stances(
        'Far from slowing, demand for electric vehicles has been accelerating, so Tesla’s AI pivot is no retreat.',
      ),
    ).toMatchObject({
      '000': 'contradict',
      '004': 'contradict',
    });
    expect(
      stances('Yale Zhang dismissed the idea that China could help Tesla scale up autonomous driving.')['002'],
    ).toBe('contradict');
    expect(
      stances('Far from giving up, Tesla is still pressing regulators for approval to move its China data abroad.')[
        '004'
      ],
    ).toBe('support');
  });

  it('states and events told another way: shot down, lost interest, began shipping, never set foot', () => {
    expect(stances('Musk shot down the idea of a Chinese data centre for FSD training, an aide said.')['004']).toBe(
      'contradict',
    );
    expect(stances('Tesla began transferring data from its Chinese cars to the US last month.')).toMatchObject({
      '003': 'contradict',
      '004': 'contradict',
    });
    expect(stances('On his China trip Musk stayed in Shanghai and never set foot in Beijing.')['004']).toBe(
      'contradict',
    );
    expect(
      stances('Regulators are tightening, not loosening, the rules on data leaving China, officials said.')['003'],
    ).toBe('contradict');
  });

  it('lookalikes: training moved to Dojo, a China-only card made to fit the rules', () => {
    expect(stances('Tesla may move more FSD training onto its Dojo supercomputer, relying less on Nvidia.')).toEqual(N);
    expect(
      stances('Nvidia launched a China-only gaming card to stay on the right side of US export controls.'),
    ).toEqual(N);
  });

  it('talks told another way, and an exemption that leaves Tesla out', () => {
    expect(stances('Tesla has been sounding out Nvidia about GPUs for its planned China facility.')['000']).toBe(
      'support',
    );
    expect(
      stances('The Lingang data exemption applies only to state-owned companies, leaving foreign firms outside it.')[
        '003'
      ],
    ).toBe('contradict');
  });

  it('a centre Tesla already runs, a nod two months before, a meeting placed in Shanghai', () => {
    expect(
      stances('Tesla already processes its Chinese fleet data at a data centre it operates in China.')['004'],
    ).toBe('contradict');
    expect(
      finding('Regulators gave FSD the nod in China three months before Tesla unveiled its data-centre plans.', '002')
        ?.stance,
    ).toBe('contradict');
    const f = finding('Musk pressed Premier Li Qiang for data-transfer permissions when they met in Shanghai.', '004');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different place: the source says Beijing');
  });

  it('paraphrases: processing part of the data in China, home soil, shopping for GPUs', () => {
    expect(stances('Tesla plans to carry out some of its data processing in China, people familiar said.')['004']).toBe(
      'support',
    );
    expect(
      stances('Processing Chinese data on home soil would save Tesla time compared with moving it between continents.')[
        '001'
      ],
    ).toBe('support');
    expect(stances('Tesla has been in the market for Nvidia GPUs for a planned facility in China.')['004']).toBe(
      'support',
    );
    expect(stances('Full Self-Driving remains off the menu for Tesla owners in China.')).toMatchObject({
      '003': 'support',
      '004': 'support',
    });
  });

  it('a claim that Tesla sells FSD in China contradicts the sources that say it cannot', () => {
    const f = finding('Tesla now sells the full FSD package to drivers in China.', '004');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('the source says Tesla has not been able to offer the full version of FSD in China');
    expect(f?.asOf).toBe('2024-05-17');
    expect(stances('Tesla now sells the full FSD package to drivers in China.')['002']).toBe('neutral');
  });

  it('an antonym about something else does not deny the claim', () => {
    const s =
      "Tesla's China sales dropped sharply, but the company is still developing plans for a data centre in China to train its algorithms.";
    expect(finding(s, '004')?.stance).toBe('support');
  });

  it('a predicate about another place is not about China', () => {
    const s = 'Tesla has offered FSD in the U.S. for years, but its China rollout has been held up by regulators.';
    expect(stances(s)).toEqual({ ...N, '003': 'support', '004': 'support' });
  });

  it('a denial of another verb does not deny a noun cue', () => {
    const s = "China's cyberspace regulator has yet to approve Tesla's request to send data abroad.";
    expect(finding(s, '004')?.stance).toBe('support');
    expect(finding('Tesla said it had not held any talks with Nvidia about its China plans.', '004')?.stance).toBe(
      'contradict',
    );
  });

  it('lobbying for a state does not report it', () => {
    expect(stances('Foreign business groups have lobbied Beijing for years to ease data export restrictions.')).toEqual(
      N,
    );
    expect(
      finding(
        'Beijing is expected to loosen rules on which data can be sent abroad without a security assessment.',
        '003',
      )?.stance,
    ).toBe('support');
  });

  it('the same denial supports them', () => {
    expect(stances('Tesla still cannot offer the full version of FSD to drivers in China.')).toEqual({
      ...N,
      '003': 'support',
      '004': 'support',
    });
  });

  it('approval is not availability', () => {
    expect(stances('Tesla received approval for FSD in China.')).toEqual({ ...N, '002': 'support' });
    expect(stances('Tesla does not yet sell FSD in China.')['002']).toBe('neutral');
  });

  it('plans and wishes do not contradict a source that reports the state as not holding', () => {
    expect(stances('Tesla hopes to launch FSD in China later this year.')).toEqual(N);
    expect(stances('Tesla is keen to roll out FSD in China.')).toEqual(N);
  });
});

describe('stance: values', () => {
  it('money: a rounded figure agrees, another figure contradicts', () => {
    expect(finding('In China, FSD costs about $8,900.', '004')?.stance).toBe('support');
    expect(finding('FSD sells for 64,000 yuan in China.', '004')?.stance).toBe('support');
    const f = finding('Tesla charges the equivalent of US$4,000 for FSD in China.', '004');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different price: the source says the equivalent of almost US$9,000 (S$12,000)');
  });

  it.each([
    ['FSD costs ¥64,000 in China.', 'support'],
    ['FSD costs RMB64,000 in China.', 'support'],
    ['FSD costs 64k yuan in China.', 'support'],
    ['FSD costs about 9,000 US dollars in China.', 'support'],
    ['FSD costs $9K in China.', 'support'],
    ['FSD is priced at S$12,000 in China.', 'support'],
    ['FSD costs HK$70,000 in China.', 'support'],
    ['FSD costs €8,300 in China.', 'support'],
    ['FSD costs $5,000 in China.', 'contradict'],
    ['FSD costs 32,000 yuan in China.', 'contradict'],
  ])('money formats: %s', (s, want) => {
    expect(finding(s, '004')?.stance).toBe(want);
  });

  it('money: a monthly fee or a US price is another attribute', () => {
    expect(stances('Tesla charges $99 a month for FSD in China.')).toEqual(N);
    expect(stances("Tesla's FSD is priced at $8,000 in the US.")).toEqual(N);
  });

  it('month: another month contradicts the dated source only', () => {
    const s = 'Musk travelled to Beijing in March to lobby for permission for Tesla’s data transfers.';
    const f = finding(s, '004');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different month: the source says April');
    expect(f?.evidence?.text).toContain('in April');
    expect(stances(s)['000']).toBe('support');
    expect(finding('Musk flew to Beijing in late April and met Premier Li Qiang.', '004')?.stance).toBe('support');
  });

  it('month: the month of a report is not the month of the event', () => {
    expect(finding('In May, Reuters reported that Musk had met Li Qiang in Beijing.', '004')?.stance).toBe('support');
  });

  it('person: another premier contradicts; the same premier supports', () => {
    const f = finding('Musk met Premier Li Keqiang in Beijing to discuss data transfers.', '000');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different person: the source says Premier Li Qiang');
    expect(finding('Musk met Premier Li Qiang in Beijing.', '000')?.stance).toBe('support');
  });

  it('person and place: a correction names the value, across a title ("X, not Premier Y")', () => {
    const person = finding('In Beijing, Musk sat down with Vice Premier He Lifeng, not Premier Li Qiang.', '004');
    expect(person?.stance).toBe('contradict');
    expect(person?.reason).toBe('different person: the source says Premier Li Qiang');
    const place = finding('Musk went to Shanghai, not Beijing, to meet Premier Li Qiang.', '000');
    expect(place?.stance).toBe('contradict');
    // The correction denies the Beijing visit itself (it is the point of the sentence).
    expect(place?.reason).toBe('the source says Musk visited Beijing to meet Chinese officials');
    expect(finding('Musk met Premier Li Qiang in Shanghai, not in Beijing.', '000')?.stance).toBe('contradict');
    expect(finding('Tesla keeps its China data at a facility in Shanghai, not in Texas.', '003')?.stance).toBe(
      'support',
    );
  });

  it('person: an earlier meeting with another premier is another event', () => {
    expect(stances('Musk visited Beijing in 2019 to meet Premier Li Keqiang.')).toEqual(N);
  });

  it('an undated denial of an event contradicts when framed as his visit, and not otherwise', () => {
    const framed = stances('Musk did not bring up a data centre in China during his trip, a Tesla spokesperson said.');
    expect(framed).toMatchObject({ '000': 'contradict', '003': 'contradict', '004': 'contradict' });
    expect(stances('Musk did not bring up a data centre in China, a Tesla spokesperson said.')).toEqual(N);
  });

  it('being unable to sell the most advanced chips in China states the US bar, without naming sanctions', () => {
    expect(stances('Nvidia is unable to ship its most advanced AI chips to Chinese customers, analysts said.')).toEqual(
      {
        ...N,
        '000': 'support',
        '004': 'support',
      },
    );
    expect(stances('Nvidia cannot sell enough chips in China to meet demand.')).toEqual(N);
  });

  it('a chip made to comply with the US rules is another story than the bar itself', () => {
    expect(
      stances('Nvidia built its H20 accelerator for China specifically to comply with the US export controls.'),
    ).toEqual(N);
    expect(stances('Nvidia says it complies with current US export rules when it sells chips in China.')).toEqual(N);
  });

  it('organisation: another chip maker contradicts; Nvidia supports', () => {
    const f = finding('Tesla is in talks with AMD, not Nvidia, about chips for its China data centre.', '003');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different company: the source says Nvidia');
    expect(finding('Tesla is in talks with Nvidia about GPUs for its China data centre.', '003')?.stance).toBe(
      'support',
    );
  });

  it('place: another place contradicts; the same place supports', () => {
    const f = finding('Tesla stores all of its Chinese vehicle data on servers in Texas.', '003');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different place: the source says Shanghai');
    expect(finding('Tesla keeps the data from its cars in China at a facility in Shanghai.', '003')?.stance).toBe(
      'support',
    );
    // A city says more than the country around it.
    const beijing = finding('Tesla stores the data its cars collect in China at a facility in Beijing.', '003');
    expect(beijing?.stance).toBe('contradict');
    expect(beijing?.reason).toBe('different place: the source says Shanghai');
  });

  it('duration: another length contradicts; the same length supports', () => {
    const f = finding("The CAC's data-export exemptions will run as a three-year pilot.", '003');
    expect(f?.stance).toBe('contradict');
    expect(f?.reason).toBe('different duration: the source says one-year');
    expect(finding('The relaxed data rules are part of a 12-month pilot programme.', '003')?.stance).toBe('support');
  });
});

describe('stance: hedges and attribution', () => {
  it('a hedged wording still supports', () => {
    const f = finding('Tesla might pursue both options for its China data, as a hedge.', '000');
    expect(f?.stance).toBe('support');
    expect(f?.reason).toMatch(/^the source says, with hedged wording, that /);
  });

  it('a source that states the claim plainly is not reported as hedging', () => {
    const s = 'Tesla has been drawing up plans for a data centre in China to train its self-driving software.';
    expect(finding(s, '004')?.reason).toMatch(/^the source says /);
    expect(finding(s, '001')?.reason).toMatch(/^the source says, with hedged wording, that /);
  });

  it('a hedged denial does not contradict', () => {
    expect(stances('Tesla may scrap its plans for a data centre in China.')).toEqual(N);
  });

  it('attribution does not change the claim', () => {
    expect(
      stances('Reuters reported that the electric carmaker had talked to Nvidia about GPUs for a Chinese facility.'),
    ).toEqual({
      ...N,
      '000': 'support',
      '002': 'support',
      '003': 'support',
      '004': 'support',
    });
  });

  it('a claim told mostly in a subordinate clause is not the main claim', () => {
    expect(
      stances('Nvidia shares rose after reports that Tesla was in talks to buy its GPUs for a China data center.'),
    ).toEqual(N);
    expect(
      stances('Chinese authorities gave tentative approval to Tesla’s FSD suite after Musk met Premier Li Qiang.'),
    ).toEqual({ ...N, '002': 'support' });
  });

  it('a subordinate clause that opens inside an aside ends with it', () => {
    const s =
      'Engineers briefed on the project, who spoke on condition of anonymity because the talks are private, said Tesla was drawing up plans for an FSD data centre in China.';
    expect(engine.check(s).verdict).toBe('corroborated');
    expect(finding(s, '004')?.stance).toBe('support');
  });

  it('what someone would not say ("declined to say whether ...") is not asserted', () => {
    const s =
      'Asked about the talks, Nvidia would not confirm whether it had discussed GPUs with Tesla for a China data centre.';
    expect(engine.check(s).claimId).toBe('nvidia-no-comment');
    expect(stances(s)).toEqual({ ...N, '004': 'support' });
  });

  it('a question asserts nothing', () => {
    expect(stances('Will Tesla sell FSD in China?')).toEqual(N);
  });
});

describe('stance: topic overlap is not support', () => {
  it.each([
    'Nvidia shares rose 3% on Tuesday after the chipmaker unveiled a new gaming GPU.',
    "Nvidia's Blackwell chips are expected to ship in the fourth quarter.",
    'The CAC fined a ride-hailing company for violating data security laws in 2022.',
    "Tesla's Cybertruck recall affected more than 3,000 vehicles.",
    'The CAC 40 closed 0.8% higher in Paris on Friday.',
    'The FSD approved the new labelling rules for packaged food.',
    'Learn how CRM features can play a key role in the B2B sales process.',
    'Save all raw interaction and advertising data in your data warehouse.',
    'The data center GPU market more than doubled in 2024, mostly driven by one company alone: NVIDIA.',
  ])('%s', (s) => {
    expect(stances(s)).toEqual(N);
    expect(engine.check(s).verdict).toBe('unverified');
  });
});

describe('verdicts', () => {
  it('aggregates findings', () => {
    expect(verdictOf([{ stance: 'support' }, { stance: 'neutral' }])).toBe('corroborated');
    expect(verdictOf([{ stance: 'support' }, { stance: 'contradict' }])).toBe('contested');
    expect(verdictOf([{ stance: 'contradict' }])).toBe('contradicted');
    expect(verdictOf([{ stance: 'neutral' }])).toBe('unverified');
  });

  it('reports them on real sentences', () => {
    expect(
      engine.check('Tesla has been drawing up plans for a data centre in China to train its FSD software.').verdict,
    ).toBe('corroborated');
    expect(engine.check('Tesla has shelved its plans for an FSD training data center in China.').verdict).toBe(
      'contradicted',
    );
    expect(engine.check('Musk travelled to Beijing in March to lobby for Tesla’s data transfers.').verdict).toBe(
      'contested',
    );
  });

  it('returns one finding per source in id order, and the sentence’s mentions and topics', () => {
    const r = engine.check('Tesla has held discussions with Nvidia about buying GPUs for a data centre in China.');
    expect(r.findings.map((f) => f.sourceId)).toEqual(['000', '001', '002', '003', '004']);
    expect(r.mentions.map((m) => m.text)).toEqual(['Nvidia']);
    expect(r.topics).toEqual(['nvidia']);
    expect(r.claimId).toBe('nvidia-gpu-talks');
  });
});

describe('engine API', () => {
  it('exposes sources, their texts, sentences and conflicts', () => {
    expect(engine.sources.map((s) => s.id)).toEqual(['000', '001', '002', '003', '004']);
    expect(engine.getSourceText('004')?.startsWith(' date 2024-05-17')).toBe(true);
    expect(engine.getSourceText('999')).toBeNull();
    const f = finding('Nvidia declined to say whether it had talked to Tesla about the project.', '004');
    const text = engine.getSourceText('004') ?? '';
    expect(f?.evidence && text.slice(f.evidence.start, f.evidence.end)).toBe(
      'Nvidia declined to comment on whether it held talks with Tesla.',
    );
    expect(engine.conflicts.length).toBeGreaterThan(3);
    expect(engine.getSourceSentences('003').some((s) => s.text.startsWith('Read:'))).toBe(false);
  });

  it('checkText keeps sentences with a mention or a claim, with page offsets', () => {
    const page = 'Welcome to our site. Tesla has shelved its plans for a China data centre. Nvidia shares rose.';
    const rs = engine.checkText(page);
    expect(rs.map((r) => r.sentence)).toEqual([
      'Tesla has shelved its plans for a China data centre.',
      'Nvidia shares rose.',
    ]);
    const m = rs[1]?.mentions[0];
    expect(m && page.slice(m.start, m.end)).toBe('Nvidia');
  });
});

describe('self-consistency', () => {
  it('no source sentence contradicts its own source', () => {
    const bad: string[] = [];
    for (const src of engine.sources) {
      for (const s of engine.getSourceSentences(src.id)) {
        const own = engine.check(s.text).findings.find((f) => f.sourceId === src.id);
        if (own?.stance === 'contradict') bad.push(`${src.id}: ${s.text}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('most evidence sentences support their own source', () => {
    let total = 0;
    let supported = 0;
    for (const c of engine.claims) {
      for (const entry of c.sources) {
        for (const e of entry.evidence) {
          total++;
          if (engine.check(e.text).findings.find((f) => f.sourceId === entry.sourceId)?.stance === 'support')
            supported++;
        }
      }
    }
    expect(supported / total).toBeGreaterThan(0.75);
  });
});

describe('stance: contrast, attribution and tentative sources', () => {
  it('a claim part named only in the rejected alternative is denied', () => {
    expect(finding("Tesla's China data centre will handle billing, not AI training.", '004')?.stance).toBe(
      'contradict',
    );
    expect(
      finding('Tesla picked a US cloud firm rather than a Chinese partner for its China data centre.', '004')?.stance,
    ).toBe('contradict');
  });

  it('a rejected actor is a different value, and the alternative ends at a preposition', () => {
    expect(finding('Tesla is talking to AMD, not Nvidia, about GPUs for its China data centre.', '004')?.stance).toBe(
      'contradict',
    );
    expect(
      finding('Tesla is negotiating with Huawei instead of Nvidia for chips in its Chinese data centre.', '004')
        ?.stance,
    ).toBe('contradict');
  });

  it('a sentence about who first reported a story does not make the story its claim', () => {
    expect(stances("Tesla's plans for a China data centre were first reported by Reuters.")).toEqual(N);
  });

  it('exploring whether to do something is an option under study, not a condition', () => {
    expect(finding('Tesla is weighing whether to build a data centre in China.', '004')?.stance).toBe('support');
  });

  it('a source that only calls something a possibility agrees with tentative wording and never contradicts', () => {
    expect(finding('Tesla might work with a Chinese partner on the data centre.', '001')?.stance).toBe('support');
    expect(finding('Tesla would have to build the data centre with a Chinese partner.', '001')?.stance).toBe('neutral');
    const alone = stances('Tesla will build its China data centre without a local partner.');
    expect(alone['001']).toBe('neutral');
    expect(alone['004']).toBe('contradict');
  });

  it('a price without a place is the China price; a price for another country is not', () => {
    expect(finding('FSD costs about S$12,000.', '004')?.stance).toBe('support');
    expect(finding('FSD costs about US$3,000.', '004')?.stance).toBe('contradict');
    expect(finding('FSD costs US$12,000 in the US.', '004')?.stance).toBe('neutral');
  });

  it('a claim that is itself a contrast keeps its marker, and a rejected local option does not deny a push abroad', () => {
    const shift = stances('Tesla plans a data centre in China to train FSD instead of sending data to the US.');
    expect(Object.values(shift)).not.toContain('contradict');
    const push = stances('Tesla is seeking approval to move data abroad rather than building locally.');
    expect(Object.values(push)).not.toContain('contradict');
  });

  it('an exemption limited to another zone denies the Lingang exemption; one limited to Lingang agrees', () => {
    expect(finding('The CAC exemption is available only to firms in the Qianhai zone.', '003')?.stance).toBe(
      'contradict',
    );
    expect(finding("The exemption applies only to firms registered in Shanghai's Lingang area.", '003')?.stance).toBe(
      'support',
    );
  });

  it('free data transfer contradicts the sources that report Tesla still seeking it, unless under the pilot', () => {
    const free = stances('Tesla has been moving its Chinese data to the US freely for years.');
    expect(free['004']).toBe('contradict');
    expect(free['001']).toBe('neutral');
    const pilot = stances('Tesla can now send data overseas freely thanks to the Lingang exemption.');
    expect(Object.values(pilot)).not.toContain('contradict');
  });

  it('an antonym in an earlier clause about something else does not deny the claim', () => {
    const s = 'Tesla stopped production in Shanghai for a week but is still planning a data centre in China.';
    expect(finding(s, '004')?.stance).toBe('support');
    expect(finding('After sales stopped growing, Tesla began plans for a data centre in China.', '004')?.stance).toBe(
      'support',
    );
  });
});
