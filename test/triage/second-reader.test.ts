import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.ts';
import model from '../../src/triage/second-reader.json' with { type: 'json' };
import {
  featureSlot,
  type Reader,
  type RulesReading,
  readerFeatures,
  readerSlots,
  secondReading,
  slotsOf,
  textFeatures,
  textSlots,
  toReader,
} from '../../src/triage/second-reader.ts';
import { trainingExamples } from '../../src/triage/second-reader-training.ts';
import { readByRules } from '../../src/triage/triage.ts';
import { CATEGORIES, FLAGS, INDICATORS, PRIORITIES } from '../../src/triage/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const text = (message: string) => triage({ texts: [message], answers: {} });

/** A stored head that scores every report the same: these biases, no weights. */
function fixedHead(labels: readonly string[], softmax: boolean, bias: (label: string) => number) {
  return {
    labels: [...labels],
    softmax,
    bias: labels.map(bias),
    scale: 1,
    weights: Buffer.alloc(16 * labels.length).toString('base64'),
  };
}

/** A reader whose opinion is fixed, to test what the second reading does with an opinion. */
function readerSaying(
  priority: string,
  category: string | ((label: string) => number),
  indicators: readonly string[] = [],
  flags: readonly string[] = [],
  words?: { emergency: number; selfHarm: number },
): Reader {
  const favour = (favoured: readonly string[]) => (label: string) => (favoured.includes(label) ? 8 : -8);
  return toReader({
    dimensions: 16,
    priority: fixedHead(PRIORITIES, true, favour([priority])),
    category: fixedHead(CATEGORIES, true, typeof category === 'string' ? favour([category]) : category),
    indicators: fixedHead(INDICATORS, false, favour(indicators)),
    flags: fixedHead(FLAGS, false, favour(flags)),
    // The words-only head's opinion as log-odds: 0 is even, -8 none.
    ...(words
      ? { text: fixedHead(['P1', 'suicidal'], false, (l) => (l === 'P1' ? words.emergency : words.selfHarm)) }
      : {}),
    trainedOn: '',
    messages: 0,
  });
}

const LONG =
  'kakak saya kerja di rumah majikan di riyadh sudah dua tahun, dia bilang tiap malam tidak bisa tidur dan takut sekali';

describe('the second reader: what it may change and what it may not', () => {
  it('hashes features to the same slot every time, inside the table', () => {
    const slot = featureSlot('u:dikunci', 1 << 16);
    expect(slot).toBe(featureSlot('u:dikunci', 1 << 16));
    expect(slot).toBeGreaterThanOrEqual(0);
    expect(slot).toBeLessThan(1 << 16);
    expect(textFeatures(' saya di kunci ')).toEqual(
      expect.arrayContaining(['u:saya', 'b:di kunci', 'c: saya', 'c:kunci', 'c:unci ']),
    );
  });

  it.each([
    LONG,
    'tolong saya dikunci di kamar sama majikan',
    'Dalam bahaya sekarang: Tidak',
    'my sister in dubai told me madam push her down the stairs yesterday',
  ])('hashes straight from the text to the slots its features name: %s', (message) => {
    const reading = readByRules({ texts: [message], answers: {} });
    expect(new Set(readerSlots(reading, 1 << 16))).toEqual(
      new Set(slotsOf(readerFeatures(reading), 1 << 16)),
    );
    // The text's own slots come first: the words-only head reads those.
    const own = textSlots(reading.joinedText, 1 << 16);
    expect(readerSlots(reading, 1 << 16).slice(0, own.length)).toEqual(own);
    expect(new Set(own)).toEqual(new Set(slotsOf(textFeatures(reading.joinedText), 1 << 16)));
  });

  it('raises a long message it reads as an emergency, and says which words', () => {
    const rules = readByRules({ texts: [LONG], answers: {} });
    expect(rules.result.priority).not.toBe('P1');
    const result = secondReading(rules, readerSaying('P1', 'domestic_servitude'));
    expect(result.priority).toBe('P1');
    expect(result.category).toBe('domestic_servitude');
    expect(result.reasons[0]).toMatchObject({ conclusion: 'priority:P1', source: 'text' });
    expect(result.reasons[0]!.evidence).toMatch(/^reads like labelled reports of P1/);
  });

  it('raises nothing in a short message, nor danger the rules saw denied in a message under 25 words', () => {
    const short = readByRules({ texts: ['sy lagi diet gak makan malam'], answers: {} });
    expect(secondReading(short, readerSaying('P1', 'other')).priority).not.toBe('P1');
    const denied = readByRules({
      texts: ['di asrama kami dijaga satpam 24 jam, tapi kami tidak dikunci dan bebas keluar'],
      answers: {},
    });
    expect(denied.dangerRuledOut).toBe(true);
    expect(secondReading(denied, readerSaying('P1', 'forced_labour')).priority).not.toBe('P1');
  });

  it('keeps P1 where a life is at stake or an answer said so, whatever it reads', () => {
    const suicidal = readByRules({ texts: ['sy mau minum baygon biar mati aja'], answers: {} });
    expect(suicidal.lifeAtStake).toBe(true);
    expect(secondReading(suicidal, readerSaying('P4', 'other')).priority).toBe('P1');
    // Also where the text named the danger first, so the answer is not the evidence kept.
    const toldAndAnswered = readByRules({
      texts: ['tolong saya dalam bahaya'],
      answers: { danger_now: true },
    });
    expect(toldAndAnswered.lifeAtStake).toBe(true);
    expect(secondReading(toldAndAnswered, readerSaying('P4', 'other')).priority).toBe('P1');
    const answered = readByRules({ texts: ['halo'], answers: { danger_now: true } });
    expect(answered.result.priority).toBe('P1');
    expect(secondReading(answered, readerSaying('P4', 'other')).priority).toBe('P1');
  });

  it('asks about a long question whose life-at-stake words it reads as no emergency, but never about self-harm', () => {
    const DICTATED =
      'selamat malam saya ketua RT mau tanya prosedur kalau ada warga mau lapor keluarga yang disekap di luar negeri harus bawa apa saja KTP KK atau apa koma soalnya banyak yang nanya';
    // A voice message's spoken comma ("koma") read as a coma: life at stake for the rules.
    const dictated = readByRules({ texts: [DICTATED], answers: {} });
    expect(dictated.result.priority).toBe('P1');
    expect(dictated.lifeAtStake).toBe(true);
    expect(dictated.asking).toBe(true);
    const sure = readerSaying('P4', 'information_request');
    expect(secondReading(dictated, sure).priority).toBe('P4');
    // Nor after the person answered "yes" to "are you in danger now?".
    const answeredYes = readByRules({ texts: [DICTATED], answers: { danger_now: true } });
    expect(secondReading(answeredYes, sure).priority).toBe('P1');
    // A reader that gives the emergency 0.4 leaves it standing.
    const unsure: Reader = { ...sure, priority: { ...sure.priority, bias: [0, -8, -8, Math.log(1.5)] } };
    expect(secondReading(dictated, unsure).priority).toBe('P1');
    // A thought of self-harm asked about is P1 whatever the reader says (TRIAGE.md).
    const selfHarm = readByRules({
      texts: [
        'Apakah benar jika seorang pekerja meninggal karena bunuh diri, majikan tetap wajib membayar sisa gaji? Saya bertanya karena saya sedang memikirkannya untuk diri saya sendiri.',
      ],
      answers: {},
    });
    expect(selfHarm.result.flags).toContain('suicidal');
    expect(secondReading(selfHarm, sure).priority).toBe('P1');
  });

  it('asks "are you in danger now?" instead of a P1 it rules out, and drops what went with it', () => {
    const rules = readByRules({ texts: ['tolong saya dikunci di kamar sama majikan'], answers: {} });
    expect(rules.result.priority).toBe('P1');
    expect(rules.lifeAtStake).toBe(false);
    const result = secondReading(rules, readerSaying('P3', 'domestic_servitude'));
    expect(result.priority).toBe('P3');
    expect(result.flags).not.toContain('confined_now');
    expect(result.concerns.map((concern) => concern.kind)).toContain('danger');
    expect(result.reasons.map((reason) => reason.conclusion)).toContain('concern:danger');
    // The rules' restriction stays: they found it, and the message is short.
    expect(result.indicators).toContain('restriction_of_movement');
  });

  it('asks about a long question the rules call an emergency when it reads one as less likely than not', () => {
    const asked = readByRules({
      texts: [
        'adik saya dikunci majikan di kamar sejak kemarin, apa yang harus kami lakukan sekarang ya kak?',
      ],
      answers: {},
    });
    expect(asked.result.priority).toBe('P1');
    expect(asked.asking).toBe(true);
    const unsure = readerSaying('P4', 'other');
    const doubtful: Reader = {
      ...unsure,
      priority: { ...unsure.priority, bias: [0, -8, -8, 0.5] },
    };
    const result = secondReading(asked, doubtful);
    expect(result.priority).toBe('P4');
    expect(result.concerns.map((concern) => concern.kind)).toContain('danger');
    // Told, not asked, the same doubt leaves the rules' emergency standing.
    const told = readByRules({
      texts: [
        'teman saya pekerja rumah tangga dikunci majikan di kamar sejak kemarin sore, tidak dikasih makan',
      ],
      answers: {},
    });
    expect(told.asking).toBe(false);
    expect(secondReading(told, doubtful).priority).toBe('P1');
  });

  it('keeps a question a question, and a case never "information"', () => {
    const question = readByRules({ texts: ['syarat kerja ke taiwan apa saja ya?'], answers: {} });
    const asked = secondReading(question, readerSaying('P4', 'domestic_servitude'));
    expect(asked.priority).toBe('P4');
    expect(['information_request', 'other']).toContain(asked.category);
    const rules = readByRules({ texts: [LONG], answers: {} });
    expect(secondReading(rules, readerSaying('P2', 'information_request')).category).not.toBe(
      'information_request',
    );
  });

  it('adds indicators it reads in a long message, never one the rules saw denied, and keeps answered ones', () => {
    const rules = readByRules({ texts: [LONG], answers: { passport_held: true } });
    const result = secondReading(rules, readerSaying('P2', 'domestic_servitude', ['excessive_overtime']));
    expect(result.indicators).toContain('excessive_overtime');
    expect(result.indicators).toContain('retention_of_documents');
    const evidence = result.reasons.find((r) => r.conclusion === 'indicator:retention_of_documents');
    expect(evidence).toMatchObject({ source: 'answer', evidence: 'passport_held' });
    const denied = readByRules({
      texts: [
        'saya tidak pernah dipukul majikan, tapi paspor saya dipegang dan gaji saya sudah tiga bulan belum dibayar',
      ],
      answers: {},
    });
    expect(denied.indicatorsRuledOut).toContain('physical_sexual_violence');
    expect(
      secondReading(denied, readerSaying('P2', 'domestic_servitude', ['physical_sexual_violence']))
        .indicators,
    ).not.toContain('physical_sexual_violence');
  });

  it('keeps the rules’ category where it comes first in TRIAGE.md and the reader does not rule it out', () => {
    const rules: RulesReading = readByRules({
      texts: ['adik saya umur 15 tahun kerja di rumah majikan di malaysia, gaji tidak dibayar'],
      answers: {},
    });
    expect(rules.result.category).toBe('child_trafficking');
    expect(secondReading(rules, readerSaying('P1', 'domestic_servitude')).category).toBe(
      'domestic_servitude',
    );
    const unsure = readerSaying('P1', (label) =>
      label === 'domestic_servitude' ? 2 : label === 'child_trafficking' ? 1 : -8,
    );
    expect(secondReading(rules, unsure).category).toBe('child_trafficking');
  });
});

describe('the second reader as trained', () => {
  it('was trained on the labelled sets and the rules as they are now (retrain with npm run triage:train)', () => {
    const script = (
      JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }
    ).scripts['triage:train']!;
    const files = script.split(' ').filter((part) => part.endsWith('.jsonl'));
    expect(files.some((file) => /sealed/.test(file))).toBe(false);
    expect(trainingExamples(files.map((file) => `${root}${file}`)).digest).toBe(model.trainedOn);
    // Why so long: the rules read every training message (5,600 and growing) while vitest runs other files on the
    // same two cores; on a loaded CI machine that took over a minute.
  }, 180_000);

  it.each([
    'sy di rumah agen di batam sama cewek2 lain, malam ini katanya ada om om mau jemput kami, sy tidak mau ikut tapi hp mau diambil',
    'my sister in dubai told me madam push her down the stairs yesterday, she can not walk and they dont bring her to doctor, please help her',
  ])('raises what no rule names but reads like the labelled emergencies: %s', (message) => {
    expect(text(message).priority).toBe('P1');
  });

  it('asks about hopelessness with a poison bought for the pests, or raises it, and never lets it pass', () => {
    const message = 'sy gk kuat lagi, kamar penuh kecoa, sy beli baygon buat kecoa';
    const rules = readByRules({ texts: [message], answers: {} }).result;
    expect(rules.priority).not.toBe('P1');
    expect(rules.concerns.map((concern) => concern.kind)).toContain('self_harm');
    // Why either is right: "can't go on" beside a poison is what a crisis line asks about; the second reader,
    // trained on emergencies told that way, may send it to a person at once instead.
    const result = text(message);
    expect(result.priority === 'P1' || result.concerns.some((c) => c.kind === 'self_harm')).toBe(true);
  });

  it('leaves tests, stories and stated safety alone', () => {
    expect(
      text(
        'This is a test from the volunteer team, please ignore. Testing: my sister is locked and beaten by madam',
      ).priority,
    ).toBe('P4');
    expect(
      text(
        'saya sedang menulis cerita pendek tentang tki yang disekap majikan di gudang dan disiksa setiap hari, bagaimana cara membuat ceritanya lebih nyata?',
      ).priority,
    ).not.toBe('P1');
    expect(text('Dalam bahaya sekarang: Tidak').priority).not.toBe('P1');
    expect(text('berapa nomor polisi di sini? majikan mau bunuh saya').priority).toBe('P1');
  });
});

describe('the second reader and self-harm', () => {
  const HOPELESS =
    'sudah tiga bulan gaji tidak dibayar, saya capek sekali, rasanya tidak ada gunanya lagi saya di sini, maaf ya bu';

  it('reads self-harm the rules missed as an emergency with its flag, and asks no more about it', () => {
    const rules = readByRules({ texts: [HOPELESS], answers: {} });
    expect(rules.result.flags).not.toContain('suicidal');
    const result = secondReading(rules, readerSaying('P2', 'domestic_servitude', [], ['suicidal']));
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('suicidal');
    expect(result.concerns.map((concern) => concern.kind)).not.toContain('self_harm');
    expect(result.reasons.find((r) => r.conclusion === 'flag:suicidal')?.evidence).toMatch(
      /^reads like labelled reports with suicidal/,
    );
  });

  // Log-odds for the words-only head: 2 is 0.88, 0 is 0.5, -0.5 is 0.38, -3 is 0.05, -8 next to nothing.
  it('raises self-harm the words alone read as such, and says so', () => {
    const rules = readByRules({ texts: [HOPELESS], answers: {} });
    const result = secondReading(
      rules,
      readerSaying('P2', 'domestic_servitude', [], [], { emergency: -8, selfHarm: 0 }),
    );
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('suicidal');
    expect(result.reasons.find((r) => r.conclusion === 'flag:suicidal')?.evidence).toMatch(
      /^reads like labelled reports with suicidal/,
    );
    expect(result.reasons[0]!.evidence).toMatch(/^reads like labelled reports of self-harm/);
  });

  it('asks rather than raises where the words of a short message lean to self-harm', () => {
    const short = readByRules({
      texts: ['majikan sering bilang mati aja lu kalau sy lambat, sy mau pindah majikan'],
      answers: {},
    });
    expect(short.wordCount).toBeLessThan(16);
    const result = secondReading(
      short,
      readerSaying('P3', 'labour_dispute', [], [], { emergency: -8, selfHarm: 4 }),
    );
    expect(result.flags).not.toContain('suicidal');
    expect(result.priority).not.toBe('P1');
    expect(result.concerns.map((concern) => concern.kind)).toEqual(['self_harm']);
  });

  it('asks the direct self-harm question where the words lean that way short of raising it', () => {
    const rules = readByRules({
      texts: [
        'sudah tiga bulan gaji tidak dibayar, majikan marah terus, saya bingung harus bagaimana sekarang bu',
      ],
      answers: {},
    });
    expect(rules.result.concerns).toEqual([]);
    const result = secondReading(
      rules,
      readerSaying('P2', 'domestic_servitude', [], [], { emergency: -8, selfHarm: -0.5 }),
    );
    expect(result.priority).toBe('P2');
    expect(result.flags).not.toContain('suicidal');
    expect(result.concerns.map((concern) => concern.kind)).toEqual(['self_harm']);
    // Too little to ask about: nothing.
    const none = secondReading(
      rules,
      readerSaying('P2', 'domestic_servitude', [], [], { emergency: -8, selfHarm: -3 }),
    );
    expect(none.concerns).toEqual([]);
  });

  it('asks "are you in danger now?" where the words read like an emergency the rules did not see', () => {
    const rules = readByRules({ texts: [LONG], answers: {} });
    expect(rules.result.priority).not.toBe('P1');
    const result = secondReading(
      rules,
      readerSaying('P2', 'domestic_servitude', [], [], { emergency: 2, selfHarm: -8 }),
    );
    expect(result.priority).toBe('P2');
    expect(result.concerns.map((concern) => concern.kind)).toContain('danger');
    expect(result.reasons.map((reason) => reason.conclusion)).toContain('concern:danger');
  });

  it('never reads self-harm into a message that denies it, nor into a short one', () => {
    const denied = readByRules({
      texts: [
        'sudah tiga bulan gaji tidak dibayar, saya capek sekali, tapi tenang saya tidak ada pikiran bunuh diri kok bu',
      ],
      answers: {},
    });
    expect(denied.signals).toContain('denies_self_harm');
    const result = secondReading(denied, readerSaying('P2', 'domestic_servitude', [], ['suicidal']));
    expect(result.flags).not.toContain('suicidal');
    const short = readByRules({ texts: ['capek banget hari ini'], answers: {} });
    expect(secondReading(short, readerSaying('P3', 'other', [], ['suicidal'])).flags).not.toContain(
      'suicidal',
    );
    // Nor the words-only head: neither raised nor asked.
    const words = { emergency: 4, selfHarm: 4 };
    const deniedByWords = secondReading(denied, readerSaying('P2', 'domestic_servitude', [], [], words));
    expect(deniedByWords.flags).not.toContain('suicidal');
    expect(deniedByWords.concerns.map((concern) => concern.kind)).not.toContain('self_harm');
    const shortByWords = secondReading(short, readerSaying('P3', 'other', [], [], words));
    expect(shortByWords.flags).not.toContain('suicidal');
    expect(shortByWords.concerns).toEqual([]);
  });
});
