import { describe, expect, it } from 'vitest';
import { findPlaceInAnswer, resolveMission } from '../../src/places/index.ts';
import { DEFAULT_SLA_MINUTES, slaDueAt, type TriageInput, triage } from '../../src/triage/index.ts';
import { readByRules } from '../../src/triage/triage.ts';
import { triageLine } from '../../src/triage/triage-line.ts';
import { missionDirectory } from '../support/missions.ts';

const text = (...texts: string[]) => triage({ texts, answers: {} });
const withAnswers = (answers: TriageInput['answers'], ...texts: string[]) => triage({ texts, answers });

describe('TRIAGE.md — P1 emergency', () => {
  it.each([
    ['confined now', 'sy dikunci di kamar sama majikan', 'confined_now'],
    ['guarded', 'kami dijaga orang bersenjata di gedung', 'confined_now'],
    ['suicidal wish', 'sy udh gak kuat, mau bunuh diri aja', 'suicidal'],
    ['imminent move', 'besok saya mau dijual ke perusahaan lain', 'imminent_move'],
  ])('%s', (_rule, message, flag) => {
    const result = text(message);
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain(flag);
  });

  it('violence in the last day or two', () => {
    expect(text('tadi pagi sy dipukul majikan').priority).toBe('P1');
  });

  it('killing threatened, or thrown overboard', () => {
    expect(text('kapten ancam buang kami ke laut').priority).toBe('P1');
    expect(text('majikan bilang mau bunuh saya').priority).toBe('P1');
  });

  it('serious or untreated injury', () => {
    expect(text('sy hamil dan pendarahan, majikan tidak mau bawa ke rumah sakit').priority).toBe('P1');
  });

  it('a child in an exploitative situation is P1 and child trafficking', () => {
    const result = text('adik saya umur 16 kerja di malaysia, gajinya tidak dibayar');
    expect(result).toMatchObject({ priority: 'P1', category: 'child_trafficking' });
    expect(result.flags).toContain('minor');
  });

  it('"Are you in danger right now?" → yes is P1 (answers count as much as text)', () => {
    const result = withAnswers({ danger_now: true });
    expect(result.priority).toBe('P1');
    expect(result.reasons).toContainEqual({
      conclusion: 'priority:P1',
      source: 'answer',
      evidence: 'danger_now',
    });
  });
});

describe('TRIAGE.md — rules of interpretation', () => {
  it('negation: "saya tidak dipukul, tapi paspor ditahan" raises documents, not violence', () => {
    const result = text('saya tidak dipukul, tapi paspor ditahan');
    expect(result.indicators).toContain('retention_of_documents');
    expect(result.indicators).not.toContain('physical_sexual_violence');
    expect(result.priority).not.toBe('P1');
  });

  it('negation in chat spelling and across "atau"', () => {
    const result = text('gak pernah dikunci atau dipukul kok, cuma gaji dipotong agen');
    expect(result.indicators).toEqual(['withholding_of_wages']);
    expect(result.priority).toBe('P3');
  });

  it('present tense decides P1: danger that is over is not P1', () => {
    expect(text('dulu saya pernah dipukul majikan lama tahun lalu').priority).not.toBe('P1');
    expect(text('saya sudah kabur dan sekarang di KBRI, dulu dikunci').priority).not.toBe('P1');
  });

  it('danger over but the passport still held abroad stays P2', () => {
    expect(
      text('sudah kabur dari majikan, sekarang di KBRI, tapi paspor dan gaji masih ditahan').priority,
    ).toBe('P2');
  });

  it('"cannot go home / passport held" is restriction of movement, P2 — not P1', () => {
    const result = text('paspor ditahan dan tidak boleh pulang');
    expect(result.priority).toBe('P2');
    expect(result.indicators).toEqual(['restriction_of_movement', 'retention_of_documents']);
  });

  it('distress that is explicitly not suicidal is not P1', () => {
    const result = text('saya stres banget, tapi tidak ada pikiran bunuh diri');
    expect(result.priority).not.toBe('P1');
    expect(result.flags).not.toContain('suicidal');
  });

  it('a returned person seeking justice is P3', () => {
    expect(
      text('saya sudah pulang ke indonesia, dulu di kamboja disekap dan dipukul, mau lapor polisi').priority,
    ).toBe('P3');
  });
});

describe('TRIAGE.md — P4 and never P1 on greetings or questions', () => {
  it.each(['halo', 'Assalamualaikum kak', 'test', 'p', 'selamat pagi admin'])('greeting %s', (message) => {
    expect(text(message)).toMatchObject({ priority: 'P4', category: 'other' });
  });

  it.each([
    'Apakah majikan boleh menahan paspor pekerja?',
    'kalau ada teman dikunci majikan, apa yang harus dilakukan?',
    'Saya mau tanya, kalau kapten kapal mengancam buang ke laut, itu pidana ga?',
    'berapa nomor darurat KBRI di kuala lumpur?',
    'Saya dapat tawaran kerja di kamboja gaji 15 juta lewat facebook, apakah aman?',
  ])('question with frightening words: %s', (message) => {
    expect(text(message)).toMatchObject({ priority: 'P4', category: 'information_request' });
  });
});

describe('asking whether it is normal or lawful tells the writer’s own case', () => {
  it.each([
    'apakah wajar klo nahkoda ngunci kami di palka? udh sehari kami di sini, kapal lg di laut dekat mauritius',
    'is it legal that my boss locked us in the dorm? we are inside now, 8 of us, at a factory near Kaohsiung',
    "apakah normal kalau kami mau dipindah ke perusahaan lain di myanmar lusa tanpa persetujuan? kata bos kami udah 'dijual' ke company sebelah. sy gak mau pergi tolong",
  ])('%s', (message) => {
    expect(text(message).priority).toBe('P1');
  });

  it.each([
    'apakah sah klo majikan motong gaji sbg denda krn pembantu pingsan pas kerja? mau tau sblm tanda tangan kontrak',
    "Hi, is it normal kalau asrama factory di Penang dikunci jam 12 malem? Kakakku baru mulai kerja, she's fine, just curious.",
    'apakah wajar kalau majikan mengunci pintu rumah tiap malam?',
    'apakah wajar kalau saya nanti dikunci majikan di kamar?',
  ])('but not without the writer in it, nor ahead: %s', (message) => {
    expect(text(message).priority).not.toBe('P1');
  });
});

describe('what happened to someone else, seen or dreamt, is not the writer’s case', () => {
  it.each([
    'td malem di sinetron ada tkw disiram air panas sama majikannya trs disekap di gudang, emak sy nangis nonton. kalau kejadian beneran kyk gitu suar bisa bantu apa aja sih? cm penasaran',
    'suami saya ABK di kapal taiwan, baik2 aja kok td pagi vc. cuma saya sering mimpi buruk dia dipukul mandor. ada gak nomor darurat yg bisa sy simpan buat jaga2 aja',
    'hi, what happens to my contract if my employer dies? my old lady boss is very sick in hospital, im her caregiver. will i be deported or sent to shelter?? im scared they just throw me out on the street',
  ])('%s', (message) => {
    expect(text(message).priority).not.toBe('P1');
  });

  it.each([
    'saya dipukul majikan sakit parah gak dibawa ke dokter',
    'sejak disekap sy sering mimpi buruk, skrg masih dikunci di kamar sama majikan',
  ])('but the writer’s own harm still is: %s', (message) => {
    expect(text(message).priority).toBe('P1');
  });
});

describe('emergencies told in words the rules lacked (the unread emergency probe)', () => {
  it.each([
    'mas aku neng Taiwan, kamarku dikancing saka njaba wiwit wingi sore, ra dikei mangan, aku mung iso ngombe banyu kran',
    'Kang, adi abdi di Kamboja, cenah di gedong éta aya nu ngajaga mawa bedil di unggal lanté, moal bisa kabur, hapéna ogé dicokot ngan sakali-kali dibéré',
    'my employer pushed my head into the wall this morning because the floor was not dry, now i have a bump and feel dizzy, she’s still at home working from home',
    'tauke bilang kalo sy buka mulut ke siapa2 sy jadi makanan buaya di sungai belakang ladang ini',
    'majikan bilang sy gk bakal keluar rumah ini idup2',
    "sy udh 'dibayar' sama majikan baru katanya, lusa sy diantar ke rumah dia di dammam, sy gk kenal, sy mau pulang aja",
    'budak abdi kakara 14 taun, dibawa ku batur ka Singapura, cenah ngabantuan di hiji tempat karaoke peuting-peuting',
    'pun lanceuk di Kamboja teu bisa kaluar, nu boga kantor menta duit 70 juta ka kulawarga lamun hoyong lanceuk dibalikeun',
  ])('%s', (message) => {
    expect(text(message).priority).toBe('P1');
  });

  it.each([
    'sy gk bisa keluar rumah, idup susah bgt',
    'alhamdulillah sy sudah bisa kabur dari rumah majikan, skrg di shelter',
  ])('but not: %s', (message) => {
    expect(text(message).priority).not.toBe('P1');
  });
});

describe('TRIAGE.md — P2, P3, categories', () => {
  it('two indicators → P2, domestic worker → domestic_servitude', () => {
    expect(text('sy prt di hongkong, hp disita majikan, tidak boleh keluar rumah')).toMatchObject({
      priority: 'P2',
      category: 'domestic_servitude',
      country: 'HK',
    });
  });

  it('one indicator, however long → P3 labour_dispute', () => {
    expect(text('gaji sy telat 2 bulan')).toMatchObject({ priority: 'P3', category: 'labour_dispute' });
  });

  it('contact lost days after a suspicious recruitment → P2 missing_person', () => {
    expect(
      text('adik saya berangkat pakai visa turis ke thailand 2 minggu lalu, sekarang tidak bisa dihubungi'),
    ).toMatchObject({ priority: 'P2', category: 'missing_person', country: 'TH', reporter: 'relative' });
  });

  it('contact lost for years with nothing else → P3', () => {
    expect(text('kakak saya di malaysia sudah 10 tahun tidak ada kabar').priority).toBe('P3');
  });

  it('fishing vessel at sea: the flag state is the country', () => {
    expect(text('kami ABK kapal taiwan, gaji 10 bulan tidak dibayar, paspor dipegang kapten')).toMatchObject({
      category: 'fishing_vessel',
      country: 'TW',
    });
  });

  it('fishing vessel in port: the port is the country', () => {
    expect(text('saya ABK kapal taiwan, kapal sandar di port louis, kapten tahan buku pelaut').country).toBe(
      'MU',
    );
  });

  it('scam compound with deception', () => {
    expect(
      text('Dijanjikan kerja di restoran, ternyata dibawa ke poipet disuruh jadi scammer'),
    ).toMatchObject({
      priority: 'P2',
      category: 'online_scam_compound',
      country: 'KH',
    });
  });

  it('excessive overtime from a stated working day', () => {
    expect(text('kerja dari jam 5 pagi sampai jam 12 malam').indicators).toContain('excessive_overtime');
  });
});

describe('reasons, reporter, country sources', () => {
  it('gives the exact phrase that raised each conclusion', () => {
    const result = text('Sy gk dipukul, tp paspor sy ditahan majikan!');
    expect(result.reasons).toContainEqual({
      conclusion: 'indicator:retention_of_documents',
      source: 'text',
      evidence: 'paspor sy ditahan',
    });
  });

  it('gives the phrase, not the whole message, when the text has apostrophes, accents or ligatures', () => {
    const quoted = text("Majikan bilang 'kamu pulang tinggal nama' kalau sy lapor polisi");
    expect(quoted.reasons).toContainEqual({
      conclusion: 'priority:P1',
      source: 'text',
      evidence: 'pulang tinggal nama',
    });
    const glued = text("Béja ti babaturan: sy di'kunci di kamar ﬁrst floor");
    expect(glued.reasons).toContainEqual({
      conclusion: 'flag:confined_now',
      source: 'text',
      evidence: "di'kunci",
    });
  });

  it('trusts a pin over the answer, the answer over text, text over the phone', () => {
    const base: TriageInput = {
      texts: ['sy di jeddah, gaji telat'],
      answers: { country: 'MY' },
      phone: '+85291234567',
    };
    expect(triage({ ...base, pin: { latitude: 22.3193, longitude: 114.1694 } }).country).toBe('HK');
    expect(triage(base).country).toBe('MY');
    expect(triage({ ...base, answers: {} }).country).toBe('SA');
    expect(triage({ ...base, texts: ['gaji telat'], answers: {} }).country).toBe('HK');
  });

  it('routes a relative’s report to the mission of the typed city', () => {
    const result = withAnswers(
      { reporter: 'relative', location_text: 'di tawau' },
      'adik saya paspornya ditahan',
    );
    const place = findPlaceInAnswer('di tawau');
    expect(result.country).toBe('MY');
    expect(resolveMission(missionDirectory, result.country, place?.city, place?.area).mission?.name).toBe(
      'KRI Tawau',
    );
    expect(result.reporter).toBe('relative');
  });

  it('counts structured answers as indicators', () => {
    const result = withAnswers({ passport_held: true, wages_unpaid: true, free_to_leave: false });
    expect(result.indicators).toEqual([
      'restriction_of_movement',
      'retention_of_documents',
      'withholding_of_wages',
    ]);
    expect(result.priority).toBe('P2');
  });
});

describe('slaDueAt', () => {
  it('uses the TRIAGE.md defaults and accepts the caller’s figures', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    expect(slaDueAt('P1', from).toISOString()).toBe('2026-01-01T00:15:00.000Z');
    expect(slaDueAt('P2', from).toISOString()).toBe('2026-01-01T04:00:00.000Z');
    expect(slaDueAt('P1', from, { ...DEFAULT_SLA_MINUTES, P1: 5 }).toISOString()).toBe(
      '2026-01-01T00:05:00.000Z',
    );
  });
});

describe('CLI lines', () => {
  it('answers a good line with the contract fields', () => {
    const out = JSON.parse(triageLine('{"id":"a","text":"sy dikunci majikan"}'));
    expect(Object.keys(out)).toEqual([
      'id',
      'priority',
      'category',
      'indicators',
      'flags',
      'reporter',
      'country',
      'reasons',
    ]);
    expect(out.priority).toBe('P1');
  });
  it.each(['not json', '[1,2]', '{"id":"b"}', '{"id":"c","text":42}', 'null'])(
    'answers a bad line with an error: %s',
    (line) => {
      expect(JSON.parse(triageLine(line))).toHaveProperty('error');
    },
  );
});

describe('TRIAGE.md — self-harm in the forms people write it', () => {
  it.each([
    ['means in hand', 'skrg aku pegang botol pembersih lantai pengen minum aja biar selesai'],
    ['mending mati', 'sy mending mati aja drpd disini'],
    ['gak kuat lagi hidup', 'gak kuat lagi hidup kayak gini kak'],
    ['akhiri semua', 'saya mau akhiri semua saja malam ini'],
    ['poison taken', 'sy td udh minum racun serangga'],
    ['Javanese', 'aku wis ora kuat urip, pengen mati wae'],
    ['Sundanese', 'abdi hoyong paeh wae, tos teu kiat'],
    ['Malay', 'rasa nak bunuh diri je'],
    ['English plan', 'i will cut my wrist tonight'],
    ['English wish', "I don't want to live anymore"],
    ['passive wish', 'lebih baik aku tidak ada di dunia ini'],
    ['farewell', 'sy udh nulis surat wasiat buat anak'],
    ['Sundanese, to stop living', 'abdi hoyong ngeureunkeun hirup wae'],
    ['Sundanese, to vanish from the world', 'hoyong ngaleungit wae ti dunya'],
    ['Sundanese, cutting the veins', 'tos dua kali nyobian megatkeun urat leungeun'],
    ['Javanese, to vanish for good', 'bengi iki aku arep ngilang saklawase'],
    ['Javanese, a farewell letter', 'aku wis nulis layang pamit kanggo anakku'],
    ['Javanese, pills made ready', 'pil sampun kula cepakaken wonten meja'],
    ['Malay, not to wake up', 'malam ni saya nak tidur terus tak nak bangun dah'],
    ['English, pills in hand', 'i have the pills in my hand'],
    ['English, end it tonight', 'I want to end it tonight'],
    ['a rope bought, and sorry', 'sy udh beli tali td. maaf ya'],
    [
      'a wish to follow a dead father, a rope ready',
      'pengen nyusul bapak aja kak, udh sy siapin tali di kamar mandi',
    ],
    [
      'leave-taking, then no reply',
      'kakak pamit ya, titip anakku, setelah itu tidak bisa dihubungi sampai sekarang',
    ],
  ])('%s → P1 with the suicidal flag', (_kind, message) => {
    const result = text(message);
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('suicidal');
  });

  it.each([
    ['denied', 'capek bgt hidup, tp aku ga ada pikiran buat nyakitin diri sendiri'],
    ['not suicidal', "I'm stressed but I'm not suicidal"],
    ['past, now calm', 'taun wingi aku sempet kepikiran mati tapi saiki wis tenang'],
    ['a question about a friend', 'kalo misalnya ada temen yg bilang pengen bunuh diri, aku harus ngapain?'],
    ['pills at the pharmacy', 'dokter bilang pil sudah ready di apotek, saya ambil besok'],
    ['medicine with the nurse', 'obat sudah di tangan perawat'],
    ['a rope for a suitcase', 'saya siapin tali buat ikat koper'],
  ])('%s → not P1', (_kind, message) => {
    expect(text(message).priority).not.toBe('P1');
  });
});

describe('TRIAGE.md — medical danger', () => {
  it.each([
    ['beriberi at sea', 'kaki bengkak semua, dada sakit, napas sesek, kapten gak mau ke darat'],
    ['afraid of dying', 'aku wedi mati mbak, ambekan sesek'],
    ['someone died, others sick', '1 temen udah meninggal, yang lain sakit kakinya bengkak'],
    [
      'fever and a fresh wound, no doctor',
      'abis operasi jahitan masih basah, demam, bos bilang jangan ke dokter',
    ],
    ['unconscious', 'temen sekamar pingsan dari tadi gak bangun bangun'],
    ['English', 'one can hardly breathe and the captain refuses to go to port'],
  ])('%s → P1', (_kind, message) => {
    expect(text(message).priority).toBe('P1');
  });

  it('an illness already treated is no emergency', () => {
    expect(text('suami demam biasa, udah minum obat, cuma mau tanya asuransi gimana?').priority).toBe('P4');
  });
});

describe('TRIAGE.md — locked in, and its negations', () => {
  it.each([
    'the door is locked from outside since Sunday, they took our passports',
    'they lock the gate when they go out and she has no key',
    'pintu tangga digembok, tiap lantai ada satpam',
    'abdi dikonci di kamar ku dunungan',
  ])('%s → P1 confined', (message) => {
    const result = text(message);
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('confined_now');
  });

  it.each([
    'aku ora dikunci kok mbak, iso metu, mung paspor dicekel agensi',
    'we are not locked in, we can go out on sunday, but the agency kept our passports',
    'abdi teu dipeuncit atawa dikunci, ngan gajih telat',
    'dulu pernah dikurung 3 hari sama agen, tapi itu tahun lalu',
  ])('%s → not P1', (message) => {
    expect(text(message).priority).not.toBe('P1');
  });
});

describe('TRIAGE.md — categories that were confused', () => {
  it.each([
    'aku di Deira kerja salon, boss ambil passport, gaji baru dibayar 2x dari 6 bulan, majikan marah terus',
    'suami sy jd penggembala unta di gurun saudi, majikan pegang paspor, gaji 5 bulan gk dibayar',
    'adik saya petugas keamanan di Al Wakrah, majikan tahan paspor dan gaji 3 bulan',
  ])('a worker of another trade with "majikan" is not in domestic servitude: %s', (message) => {
    expect(readByRules({ texts: [message], answers: {} }).result.category).not.toBe('domestic_servitude');
  });

  it('an agency’s fees and a held passport make forced labour, not domestic servitude', () => {
    expect(
      text(
        'helper in Sham Shui Po, the agency charged me 18000 and takes half my salary, they keep my passport',
      ).category,
    ).toBe('forced_labour');
  });

  it('accompanying guests in a bar is sexual exploitation', () => {
    expect(
      text('dijanjikan kerja di restoran, ternyata disuruh nemenin tamu minum, kalau nolak didenda').category,
    ).toBe('sexual_exploitation');
  });

  it('a relative who cannot reach someone recruited to a casino job reports a missing person', () => {
    expect(text('anak saya direkrut kerja di kasino di Laos, sudah 10 hari HPnya mati').category).toBe(
      'missing_person',
    );
  });

  it('a plain question about a change of employer is an information request', () => {
    expect(text('majikan baik, kontrak selesai bulan depan, bagaimana cara pindah majikan?')).toMatchObject({
      priority: 'P4',
      category: 'information_request',
    });
  });
});

describe('TRIAGE.md — country: where the person is now', () => {
  it.each([
    ['a big city near a farm, with its capital', 'Bro kerja di farm deket Perth, bos tahan passport', 'AU'],
    ['a house in a town, in Javanese', 'aku dewekan neng omah Limassol, wedi banget', 'CY'],
    ['a detention centre in a town', 'my brother is now in detention Darwin 3 weeks', 'AU'],
    ['a farm town', 'adik sy kerja di farm Pocheon, sajangnim pegang passport', 'KR'],
    ['an immigration depot', 'saya di depot imigresen Bukit Jalil, ada yang sakit', 'MY'],
    ['a port', 'kapal kargo kami ditinggal owner di labuh Khor Fakkan', 'AE'],
    ['a district of a capital', 'Saya dikunci dalam rumah kat Kiarong, majikan pergi Miri', 'BN'],
    [
      'promised Bangkok, now Myawaddy',
      'Promised a job in Bangkok. Now in Myawaddy, KK Park, they beat us',
      'MM',
    ],
    ['passed through, now elsewhere', 'I passed through Kuala Lumpur and Bangkok, now I am in Laukkai', 'MM'],
    [
      'home port now',
      'kemarin dari johor, sekarang di rumah tekong di tanjung pinang, tidak boleh keluar',
      'ID',
    ],
    ['about to be sent on', 'aku lagi dikurung di rumah agen di batam mau dikirim ke malaysia besok', 'ID'],
    [
      'a wage in ringgit',
      'minta balik indonesia tapi majikan tak bagi, kena bayar ganti rugi 5000 ringgit',
      'MY',
    ],
    ['an Omani rial, not a Saudi riyal', 'gaji sy cuma 90 rial oman, paspor ditahan majikan', 'OM'],
    ['a Kuwaiti dinar', 'gaji 120 dinar kuwait blm dibayar 3 bulan', 'KW'],
    ['a wage in won', 'gaji 2 juta won dipotong agen tiap bulan', 'KR'],
    ['a bare riyal is Saudi', 'gaji 1000 riyal blm dibayar, paspor ditahan', 'SA'],
    ['a squid boat’s flag', 'ABK kapal cumi china, temen kami meninggal karena sakit', 'CN'],
    ['a nationality is not a place', "I'm Indonesian, stuck in Erbil, sponsor took my passport", 'IQ'],
    ['sent, not promised', 'aku dikirim ke Amman padahal dijanjiin kerja di Dubai, gaji ga dibayar', 'JO'],
    [
      'a promised job, then held',
      'dijanjikan kerja admin di Kuala Lumpur, dibawa ke Laukkai dijaga orang bersenjata',
      'MM',
    ],
    ['"janjinya" in chat', 'janjinya kerja pabrik di Taipei, ternyata dijual ke Sihanoukville', 'KH'],
    ['"katanya kerja di"', 'katanya kerja di hotel Singapura, dikunci di mess di Batam', 'ID'],
    [
      'a promise, then the place itself',
      'dijanjiin kerja di restoran di Dubai, ternyata jadi pembantu',
      'AE',
    ],
    ['waters near a coast', 'ABK kapal jepang, sekarang di perairan dekat Fiji, kapten pukul kami', 'JP'],
    ['"dkt" for near', 'kapal kami berbendera china, skrg di laut dkt argentina, gaji ditahan', 'CN'],
  ])('%s', (_kind, message, country) => {
    expect(text(message).country).toBe(country);
  });
});

describe('Ask, don’t guess: cues short of P1 become concerns, one direct question each', () => {
  it.each([
    ['hopelessness in chat Indonesian', 'aku gak kuat lagi, capek banget', 'self_harm'],
    ['despair with no way out', 'sy putus asa, ga tau harus gmn lg', 'self_harm'],
    ['Javanese', 'wis ora kuat aku', 'self_harm'],
    ['Malay', 'saya tak larat dah', 'self_harm'],
    ['English', "I can't take it anymore", 'self_harm'],
    ['someone sick', 'adik saya sakit demam 3 hari', 'medical'],
    ['someone sick, in English', 'my friend is sick and coughing', 'medical'],
    ['fear', 'sy takut sm majikan', 'danger'],
    ['fear, in English', 'I am scared of my boss', 'danger'],
    ['a life said to be worth nothing', 'nyawa saya tidak ada harganya disini pak', 'self_harm'],
    [
      'a household poison bought, with nothing it is for',
      'sy sdh beli obat nyamuk cair 2 botol',
      'self_harm',
    ],
    ['words of leave-taking alone', 'sy pamit ya mak, maafin semua salah sy', 'self_harm'],
    ['the boss coming into her room at night', 'majikan laki2 suka masuk kamar sy malam2', 'danger'],
  ])('%s', (_rule, message, kind) => {
    const result = text(message);
    expect(result.priority).not.toBe('P1');
    expect(result.concerns.map((c) => c.kind)).toContain(kind);
    expect(result.reasons.map((r) => r.conclusion)).toContain(`concern:${kind}`);
  });

  it.each([
    ['a stated wish to die is P1, not a question', 'aku gak kuat lagi, pengen mati aja'],
    ['serious illness is P1', 'kakak saya sakit keras, sesak napas'],
    ['distress that is over', 'dulu saya sempat putus asa'],
    ['a physical "cannot"', 'gak kuat angkat barang berat'],
    ['an illness already treated', 'sakit perut tapi sudah minum obat'],
    ['distress stated not to be suicidal', 'saya capek tapi ga ada pikiran nyakitin diri, ga kuat lagi'],
  ])('no question: %s', (_rule, message) => {
    expect(text(message).concerns).toEqual([]);
  });

  // Priorities short of P1 found in rounds 9 and 10 (new sentences of our own).
  it.each([
    [
      'a paper on the topic',
      'sy mahasiswa lagi ngerjain makalah ttg TPPO pengantin pesanan, boleh minta data',
      'P4',
    ],
    [
      'a settled case asked about',
      'dulu sy ditipu agen tp agennya udh dipenjara. suar ini buat apa ya?',
      'P4',
    ],
    ['an offer before departure', 'ada tawaran kerja di kamboja, berangkat minggu depan, aman gk ya?', 'P4'],
    ['afraid of being fired is still a labour worry', 'saya hamil 3 bulan, takut dipecat majikan', 'P3'],
    [
      'the writer home, her sister still there',
      'saya sudah kembali, tetapi adik saya masih di sana, kerja tanpa gaji, paspor ditahan majikan',
      'P2',
    ],
    [
      'an age is no years of silence',
      'keponakan saya (24 tahun) berangkat lewat kenalan di medsos pakai visa kunjungan, sejak 9 hari nomornya tidak aktif',
      'P2',
    ],
    [
      'wages still with the employer',
      'sy kabur 2 minggu lalu, paspor sama gaji 9 bln masih di majikan',
      'P2',
    ],
    [
      'a greeting for Eid',
      'selamat hari raya idul fitri min, mohon maaf lahir batin buat semua petugas',
      'P4',
    ],
    [
      'a parent ill at home',
      'Bapakku lara jantung ning omah, aku arep mulih, majikan wis ngijini. Tiket iso diklaim asuransi?',
      'P4',
    ],
    [
      'going home at the contract’s end',
      'temen sy mau pulang ke Indonesia krn kontraknya udh selesai, dokumen apa aja yg hrs disiapin?',
      'P4',
    ],
    [
      'an offer not yet signed',
      'Is it safe to take a job in Laos casino? Agent says passport will be kept by company. I have not signed yet.',
      'P4',
    ],
    [
      'a test with keywords',
      'This is a test, please ignore. Testing keywords: locked in, passport taken',
      'P4',
    ],
    [
      'wages late, in Malay',
      'suami saya kat kapal ikan di Peniche, dah sihat sikit, cuma gaji lambat sebulan',
      'P3',
    ],
    [
      'a permit expired',
      'permit kerja saya dah tamat bulan lepas, majikan tak nak sambung, apa saya patut buat?',
      'P3',
    ],
    [
      'lost contact in Javanese, years ago',
      'kangmasku biyen kerjo neng Saudi, ilang kontak wiwit 2015',
      'P3',
    ],
    [
      'called names every day',
      'majikan sy tiap hari ngatain sy bodoh, babi, gk dipukul sih, gaji lancar',
      'P3',
    ],
    [
      'home after forced sex work, in Sundanese',
      'abdi nembe uih ti Dubai minggu kamari, kapungkur dipaksa ngalayanan tamu',
      'P3',
    ],
    [
      'escaped, passport and wages still held',
      'dah lari dari majikan, sekarang dengan kawan. Tapi passport dan gaji 10 bulan majikan masih pegang',
      'P2',
    ],
  ])('priority: %s', (_rule, message, priority) => {
    expect(text(message).priority).toBe(priority);
  });

  it('a rule to stay, said not to be locked and with no guard, is a restriction, not confinement', () => {
    const result = text(
      'kancaku ora oleh metu mess kecuali dikawal mandor, paspor dicekel boss. ora dikunci, nanging ora iso lunga',
    );
    expect(result.priority).toBe('P2');
    expect(result.indicators).toContain('restriction_of_movement');
    expect(text('ora dikunci, nanging ana penjaga bersenjata neng gerbang').priority).toBe('P1');
  });

  it('the news does not hide the writer’s own: "sy baca berita, adik sy dipukul majikan" is P1', () => {
    expect(text('sy baca berita adik sy dipukul majikan').priority).toBe('P1');
  });

  it('self-harm in words the stemmer reduces ("nyakitin diri" → "sakit diri") is P1 and suicidal', () => {
    for (const message of ['aku mau nyakitin diri', 'pengen menyakiti diri sendiri']) {
      const result = text(message);
      expect({ message, priority: result.priority }).toEqual({ message, priority: 'P1' });
      expect(result.flags).toContain('suicidal');
    }
    expect(text('ga ada pikiran nyakitin diri kok, cuma capek').priority).not.toBe('P1');
  });

  it('"yes" to a safety question counts as much as free text', () => {
    expect(withAnswers({ self_harm_now: true }).flags).toContain('suicidal');
    expect(withAnswers({ self_harm_now: true }).priority).toBe('P1');
    expect(withAnswers({ medical_now: true }).priority).toBe('P1');
    expect(withAnswers({ self_harm_now: false, medical_now: false }).priority).not.toBe('P1');
  });
});

describe('round-3 kinds', () => {
  it('Javanese beating and killing threats are P1 ("digebuki", "arep mateni"); "yen" is "if", not yen', () => {
    const result = text('bojoku ngancem arep mateni aku yen aku mulih, mau bengi aku digebuki');
    expect(result.priority).toBe('P1');
    expect(result.indicators).toEqual(
      expect.arrayContaining(['physical_sexual_violence', 'intimidation_threats']),
    );
    expect(result.country).not.toBe('JP');
    expect(text('gajiku 90000 yen ora dibayar').country).toBe('JP');
  });

  it('guards who carry weapons, "will be shot": confined now', () => {
    const result = text('the guards carry guns at the hub, anyone who tries to leave will be shot');
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('confined_now');
  });

  it('"di kompleks" and POGO hubs are scam compounds; a housing estate is not', () => {
    expect(text('adik saya di kompleks di pasay dipukul tadi pagi').category).toBe('online_scam_compound');
    expect(text('kakak kerja di pogo di pampanga, gaji ditahan dan paspor diambil').category).toBe(
      'online_scam_compound',
    );
    expect(text('saya PRT di kompleks perumahan di johor, gaji telat sebulan').category).not.toBe(
      'online_scam_compound',
    );
  });

  it('the boss refusing a day off or a doctor is not restriction of movement', () => {
    expect(text('majikan tidak kasih libur sebulan ini').indicators).not.toContain('restriction_of_movement');
    const untreated = text('kaki saya luka parah, bos tak bagi jumpa doktor');
    expect(untreated.indicators).toEqual(['abusive_conditions']);
    expect(untreated.priority).toBe('P1');
    expect(text('kawan jatuh dari tangga, kakinya luka, mandor suruh jangan bawa ke hospital').priority).toBe(
      'P1',
    );
  });

  it('forced to scam others ("dipaksa nipu") is not deception of the person', () => {
    expect(text('kami dipaksa nipu orang lewat aplikasi di bavet').indicators).not.toContain('deception');
    expect(text('saya ditipu calo, katanya kerja di pabrik').indicators).toContain('deception');
  });

  it('a minor said "only 16" in English', () => {
    expect(text('she is only 16 and works as a maid in riyadh without pay').flags).toContain('minor');
  });

  it('at sea near a coast, the flag (said before the vessel word too) is the country; in port, the port', () => {
    expect(text('he is on a korean tuna boat off fiji, beaten every day').country).toBe('KR');
    expect(text('kapal kami bendera taiwan, sekarang di laut dekat seychelles, kapten mukul').country).toBe(
      'TW',
    );
    expect(text('kapal taiwan kami sandar di pelabuhan benoa, gaji setahun belum dibayar').country).toBe(
      'ID',
    );
  });

  it('"majikan taiwan" names where the work is; "majikan arab" does not', () => {
    expect(text('majikan taiwan saya tidak bayar gaji 3 bulan').country).toBe('TW');
    expect(text('majikan arab saya baik').country).toBeNull();
  });

  it('Javanese and Sundanese: no food, no day off, passport held, "takon" asks', () => {
    expect(text('abdi teu dibere dahar ku dunungan').indicators).toContain('abusive_conditions');
    expect(text('aku kerja ra ono preine').indicators).toContain('excessive_overtime');
    expect(text('paspor abdi dicepeng ku agen').indicators).toContain('retention_of_documents');
    expect(text('aku mung takon carane ngirim duit soko taiwan').category).toBe('information_request');
  });

  it('debt before leaving: "harus bayar … dulu baru boleh pulang", placement fees', () => {
    expect(text('agen bilang harus bayar 3000 ringgit dulu baru boleh pulang').indicators).toContain(
      'debt_bondage',
    );
    expect(text('gaji dipotong 6 bulan untuk biaya penempatan').indicators).toContain('debt_bondage');
  });

  it('violence on board is a fishing-vessel case even once it is over', () => {
    const result = text('dulu saya dipukul mandor di kapal, sekarang sudah di rumah');
    expect(result).toMatchObject({ priority: 'P3', category: 'fishing_vessel' });
  });

  it('confinement that is over, nothing still held: P3, not P2', () => {
    expect(
      text('dulu dia dikurung di kompleks di kamboja, sekarang sudah kerja di tempat lain').priority,
    ).toBe('P3');
    expect(
      text('dulu dia dikurung di kompleks di kamboja, sekarang sudah keluar tapi paspor masih ditahan')
        .priority,
    ).toBe('P2');
  });

  it('beaten for asking to go home: restriction of movement', () => {
    expect(text('dia dipukul mandor karena minta pulang').indicators).toContain('restriction_of_movement');
  });
});

describe('Round 4: kinds the independent writers found (new examples, not the set’s messages)', () => {
  it('a threat for refusing is a threat, not a denial', () => {
    const result = text('bos bilang kalau gak mau lembur dipukul');
    expect(result.indicators).toContain('intimidation_threats');
    expect(text('bos bilang kalau gak mau, nanti dijual').indicators).toContain('intimidation_threats');
  });

  it('made to serve customers by the boss is forced sex work now; a denial is not', () => {
    expect(text('mami suruh aku layanin customer di hotel tiap malam').priority).toBe('P1');
    expect(
      text('i work in a karaoke, never dipaksa tidur sama customer, only salary late').priority,
    ).not.toBe('P1');
  });

  it('a daughter’s age after “anak perempuan saya” makes her a minor', () => {
    const result = text(
      'anak perempuan saya (16 tahun) kerja jadi pembantu di amman, gajinya ditahan majikan',
    );
    expect(result.flags).toContain('minor');
    expect(result.priority).toBe('P1');
  });

  it('an age in brackets after a name is the person’s, and an employer’s child’s is not', () => {
    expect(
      text('adik saya, Sdr. Yusuf (17 tahun), dipekerjakan di kapal ikan di Sandakan, paspor ditahan').flags,
    ).toContain('minor');
    expect(text('saya jaga anak majikan (5 tahun), gaji saya tidak dibayar 4 bulan').flags).not.toContain(
      'minor',
    );
  });

  it('a song, a film asked about, a bot tried: no case told', () => {
    expect(text('barusan krungu lagu dangdut sing lirike TKW dikunci majikan, sedih').priority).toBe('P4');
    expect(text('film yang tki dikurung di gudang itu judulnya apa ya kak').priority).toBe('P4');
    expect(text('"aku terkurung rindu di negeri orang" hehe cuma nyoba botnya jawab gak').priority).toBe(
      'P4',
    );
  });

  it('a supposition right after "I ask", and "where do I report" in Javanese, are questions', () => {
    expect(
      text('bojoku ning kapal taiwan apik2 wae ora ono masalah aku mung takon nek mengko dipukuli piye')
        .priority,
    ).toBe('P4');
    expect(text('nek anakku mengko dikunci majikan ning taiwan aku kudu lapor nandi').priority).toBe('P4');
  });

  it('a month ago is past for an act, and "since two months ago" goes on', () => {
    expect(
      text('bojoku ABK saiki sandar ning busan sasi wingi ditabok bosun saiki wis ora, gaji telat').priority,
    ).not.toBe('P1');
    const since = text(
      'adik sy di asrama pabrik di jiangsu, pagarnya dikunci dan dijaga satpam, tidak boleh keluar sejak tiba 3 bulan lalu',
    );
    expect(since.priority).toBe('P1');
    expect(since.flags).toContain('confined_now');
  });

  it('"raping", pulled into a car, a kidney sale with its week: emergencies; "no reports of violence" denies it', () => {
    expect(text('my sister says the employer has been raping her, last time was last night').priority).toBe(
      'P1',
    );
    expect(text('td pagi agen narik adik sy masuk mobil di depan rumah majikan, hpnya mati').priority).toBe(
      'P1',
    );
    expect(text('calo nyuruh suami sy jual ginjal minggu ini buat bayar utang').flags).toContain(
      'imminent_move',
    );
    expect(
      text(
        'yang bersangkutan tidak melaporkan adanya kekerasan, gaji tidak dibayar, paspor ditahan majikan di ipoh',
      ).priority,
    ).toBe('P2');
  });

  it('"pegawai" is an employee, not someone carrying a gun', () => {
    expect(text('paspor sy dipegang pegawai gun office, gaji dipotong broker').priority).not.toBe('P1');
  });

  it('guards told in Javanese and Sundanese word order, and "2 man guard the apartment door"', () => {
    expect(
      text('adhiku ABK sandar ning busan, ora oleh mudhun, tangga kapal dijogo wong loro').flags,
    ).toContain('confined_now');
    expect(
      text('abdi di dubai, di panto aya jelema nu ngajaga unggal wengi, teu kenging kaluar').priority,
    ).toBe('P1');
    expect(text('they took our passports and 2 man guard the flat door day and night').priority).toBe('P1');
  });

  it('hard breathing in Sundanese, accompanying guests to bed, a strip of sleeping pills: emergencies', () => {
    expect(
      text('salaki abdi ABK, sukuna bareuh sareng hese ngambekan, kaptenna teu daek ka darat').priority,
    ).toBe('P1');
    expect(text('abdi dititah nemenan tamu dugi ka ranjang unggal wengi di karaoke').priority).toBe('P1');
    expect(text('kawan sy kata dah telan sepapan ubat tidur tadi').flags).toContain('suicidal');
  });

  it('an age told as "real age is 16" or "umur aslinya 16", not "only 10 min"', () => {
    expect(text('the girl next door told us her real age is 16, agent changed her passport').flags).toContain(
      'minor',
    );
    expect(text('keponakan sy umur aslinya 15 tp paspornya ditulis 22, jd PRT di johor').flags).toContain(
      'minor',
    );
    expect(text('madam lets her use the phone only 10 min on friday, salary not paid').flags).not.toContain(
      'minor',
    );
  });

  it('"not thinking of suicide", a test said as one, a Sundanese film: not emergencies', () => {
    expect(
      text('I feel depressed and cry a lot but I am not thinking of suicide, I just want to go home').flags,
    ).not.toContain('suicidal');
    expect(
      text('tolong sy disekap... sama cucian numpuk wkwk becanda, tes doang botnya aktif gk').priority,
    ).toBe('P4');
    expect(text('kamari lalajo pilem ngeunaan TKW dikonci di Arab, eta teh nyata kitu?').priority).toBe('P4');
  });

  it('standing on a roof wanting one’s reason known is self-harm', () => {
    expect(
      text(
        'sy udah sejam berdiri di atap asrama, sy cuma pengen ada yg tau alasannya: gaji 8 bulan gk dibayar',
      ).flags,
    ).toContain('suicidal');
  });

  it('someone else who came home, a madam back tomorrow, a nursing home abroad: no return told', () => {
    const signals = (message: string) => readByRules({ texts: [message], answers: {} }).signals;
    expect(
      signals('kancane sing wis mulih ngabari anakku ABK panas seminggu, kapten ra gelem balik'),
    ).not.toContain('returned');
    expect(
      signals('sy di sai kung, mam baru pulang besok, anak majikan masuk kamar sy tadi malam'),
    ).not.toContain('returned');
    expect(signals('I work in a nursing home in Osaka, my director keeps my passport')).not.toContain(
      'returned',
    );
    expect(signals('saya sudah pulang ke Tegal, gaji 4 bulan belum dibayar agen')).toContain('returned');
  });

  it('a parent ill or dead at home, an injury operated on, a school project, a habit in a dated past: no emergency', () => {
    expect(
      text('adik sy minta pulang krn bapak sakit keras tp agen gk ngizinin, kontrak blm abis').priority,
    ).not.toBe('P1');
    expect(
      readByRules({
        texts: [
          'our helper cries a lot since her mother passed away in Java, she says she does not want to hurt herself',
        ],
        answers: {},
      }).result.priority,
    ).not.toBe('P1');
    expect(
      readByRules({
        texts: [
          'suami sy kakinya patah ketiban besi di proyek, tp udh dioperasi di RS, bos yg bayar, skrg istirahat',
        ],
        answers: {},
      }).result.priority,
    ).not.toBe('P1');
    expect(
      text('for a school project: if a worker is locked in by the employer, how does the embassy help?')
        .priority,
    ).toBe('P4');
    expect(
      readByRules({
        texts: [
          'kakak sy dulu th 2015 jd ABK kapal korea, sering dipukul, gaji 1 taun gk dibayar. skrg udh di rumah',
        ],
        answers: {},
      }).result.priority,
    ).not.toBe('P1');
  });

  it('a chain message about children at large, and a song written or asked about: no emergency', () => {
    const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result.priority;
    expect(
      rules(
        'AWAS!! ada penculikan anak SD pake mobil putih, ginjalnya dijual, 3 anak hilang. SEBARKAN ke grup',
      ),
    ).toBe('P4');
    expect(
      rules('this song is so sad, "locked in the room, madam beat me every night", who sings it?'),
    ).not.toBe('P1');
    expect(
      rules('saya baru menulis lagu tentang TKW yang dikunci majikan dan dipukul tiap malam, lagu ini fiksi'),
    ).not.toBe('P1');
  });

  // New sentences of three kinds read held out as false alarms on questions: a film in Malay spelling, a poem sent, a
  // chain message that shouts "SEBARKAN" or asks to be sent on to ten groups.
  it('a film watched, a poem sent and a chain message passed on: no emergency; a real case beside them still is', () => {
    const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result.priority;
    expect(
      rules('semalam tengok filem pasal budak perempuan kena kurung dalam rumah majikan, sedih betul'),
    ).not.toBe('P1');
    expect(
      rules(
        'mau kirim puisi buat kakak yg meninggal di saudi thn 2010: "kau pulang dalam peti, tanpa pamit"',
      ),
    ).not.toBe('P1');
    expect(
      rules(
        'SEBARKAN!! ada sindikat culik TKW di terminal buat dijual ginjalnya. kirim ke 10 grup biar semua waspada',
      ),
    ).toBe('P4');
    expect(
      rules('adik sy dikunci majikan di kamar dari kemarin gk dikasih makan, tolong sebarkan ke grup'),
    ).toBe('P1');
  });

  // New sentences of the kinds a question probe's read half showed: research and reporting asked about, a role-play
  // for training, a prize or job advert, a child still at home wanting to follow a friend to work.
  it('research, a news report, a role-play, an advert and a child not yet gone: questions, no emergency', () => {
    const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result.priority;
    expect(
      rules(
        'sy mahasiswi yg sedang meneliti kekerasan seksual thd PMI di Malaysia. boleh minta data jumlah laporan?',
      ),
    ).toBe('P4');
    expect(
      rules(
        'saya wartawan, sedang menulis liputan tentang ABK yang disiksa di kapal. bisa wawancara petugas Suar?',
      ),
    ).toBe('P4');
    expect(
      rules(
        'for our volunteer role play: "my boss locks me in the store room", can we send it to your line to practice?',
      ),
    ).not.toBe('P1');
    expect(
      rules(
        'SELAMAT nomor anda terpilih kerja di Korea, slot akan dijual ke org lain jika tdk transfer hari ini',
      ),
    ).not.toBe('P1');
    expect(
      rules(
        'putuku umur 16 arep melu kancane nyambut gawe nang Malaysia, durung budhal. oleh ora to umur semono?',
      ),
    ).toBe('P4');
    expect(rules('adik sy umur 16 dikurung agen di penampungan Batam, gimana cara lapornya?')).toBe('P1');
  });

  it('sexual violence tonight asked about as a question stays an emergency; "saat ini tidak ada kasus" is none', () => {
    expect(
      text(
        'min ada pengacara gak yg bisa bantu? istri sy diperkosa anak majikannya tadi malam, dia masih di rumah itu',
      ).priority,
    ).toBe('P1');
    expect(
      text(
        'kami LSM ingin bertanya soal rujukan korban kekerasan seksual di luar negeri. saat ini tidak ada kasus',
      ).priority,
    ).not.toBe('P1');
  });

  it('must pay before going home is debt bondage, across a clause', () => {
    expect(text('dia minta pulang, tapi majikan bilang harus bayar 2000 dinar dulu').indicators).toContain(
      'debt_bondage',
    );
  });

  it('thrown to the sea, taken by force into a car, caught again: emergencies', () => {
    expect(text('the captain said he will throw me to the sea').priority).toBe('P1');
    expect(text('adik saya diseret masuk mobil sama orang agensi tadi').priority).toBe('P1');
    expect(text('kakak sy ditangkap lagi sama penjaga, gak tau dibawa kemana').priority).toBe('P1');
  });

  it('a move within days named the way people name days: this Thursday, this weekend, bukra', () => {
    expect(text('majikan mau hantar kakak saya ke johor hujung minggu ni, dia tak mahu').flags).toContain(
      'imminent_move',
    );
    expect(text('kafil mau pindahin sy ke riyadh bukra, sy gk mau').flags).toContain('imminent_move');
    expect(text('calo bilang ginjal sy dioperasi hari jumat ini, sy gak mau').priority).toBe('P1');
  });

  it('an infected wound now, after an operation days ago, is untreated danger now', () => {
    expect(text('dia dioperasi seminggu lalu, sekarang lukanya bernanah dan demam tinggi').priority).toBe(
      'P1',
    );
    expect(text('dia dioperasi 4 hari lalu, lukanya bernanah, calo tidak mau bawa ke dokter').priority).toBe(
      'P1',
    );
  });
});

describe('Round 4: categories in the words people use (new examples)', () => {
  it('a wife in China who names her husband or in-laws is a forced-marriage case; a husband at sea is not', () => {
    expect(text('mertua sy di Guangzhou kunci sy di rumah, hp sy diambil suami').category).toBe(
      'forced_marriage',
    );
    expect(text('adi abdi dikawinkeun ka urang Tiongkok, ayeuna teu meunang nelepon').category).toBe(
      'forced_marriage',
    );
    expect(text('my husband is on a chinese fishing boat, the captain beats him').category).toBe(
      'fishing_vessel',
    );
  });

  it('Gulf Arabic and Taiwanese household words name a household', () => {
    expect(text('kafil ambil jawaz sy, gaji 4 bulan gak dibayar').category).toBe('domestic_servitude');
    expect(text('akong pukul sy tiap malam, gaji ditahan').category).toBe('domestic_servitude');
  });

  it('Sundanese and Javanese questions ask for information', () => {
    expect(text('nomer kjri di jeddah sabaraha nya').priority).toBe('P4');
    expect(text('nyuwun pirsa, daftar kerja neng hongkong lewat ngendi').category).toBe(
      'information_request',
    );
  });
});

describe('Round 4: indicators in the words people use (new examples)', () => {
  it.each([
    ['isolation', 'the madam not let me call my family, only once a month', 'isolation'],
    [
      'wages kept to the end',
      'they keep my salary, they say they pay when the contract finish',
      'withholding_of_wages',
    ],
    ['rest days forbidden', 'majikan melarang saya ambil hari libur', 'excessive_overtime'],
    ['contract substituted', 'kontrak saya diganti sama agen di sana', 'deception'],
    ['no clean water', 'kami tinggal di kontena, tiada air bersih', 'abusive_conditions'],
  ])('%s', (_kind, message, indicator) => {
    expect(text(message).indicators).toContain(indicator);
  });

  it('no reply for days is contact lost', () => {
    expect(text('my brother went to cambodia on a tourist visa, no reply for 10 days').category).toBe(
      'missing_person',
    );
  });
});

describe('Words that sound like danger and are not (found while probing the vocabulary)', () => {
  it('a swim in the sea is not a wish to die; goods sent home are no threat', () => {
    expect(text('hari minggu mau nyebur ke laut buat berenang').priority).not.toBe('P1');
    expect(text('barang saya mau dikirim ke indonesia minggu depan').indicators).not.toContain(
      'intimidation_threats',
    );
    expect(text('majikan ancam kirim saya ke indonesia kalau saya lapor').indicators).toContain(
      'intimidation_threats',
    );
  });
});

describe('a writer who says there is no case now (new examples)', () => {
  it.each([
    'ini bukan kasus nyata ya kak, sy lagi bikin konten edukasi soal PMI yg disekap majikan',
    'Not a real case: our church group is preparing a talk about workers locked in by agents. What should we tell them?',
    'aku mung penasaran, nek ana ABK dibuang neng segara kuwi sing ngurus sapa?',
    'tadi malam aku mimpi disekap di kapal, serem, padahal aku aman di rumah',
    'cuma mau share berita, ada TKW dianiaya majikan di Taiwan, semoga cepat ditolong',
    'for training only: a domestic worker is beaten and her passport is held, which number does she call?',
    'Hi, my mother asked me to write. I am fine and safe in Doha, employer is kind, no help needed.',
  ])('is no emergency: %s', (message) => {
    const rules = readByRules({ texts: [message], answers: {} });
    expect(rules.signals).toContain('not_real');
    expect(rules.result.priority).not.toBe('P1');
    expect(text(message).priority).not.toBe('P1');
  });

  it.each([
    'sy cuma mau tanya, sy dikunci majikan di kamar sudah 3 hari gk dikasih makan',
    'tolong saya disekap di kompleks di myawaddy, ini bukan mimpi, ini beneran',
    'saya mimpi buruk tiap malam karena dipukul majikan, sekarang masih dikunci di rumah',
    'we are locked in the dorm, we do not need help from the agent, we need the police',
    'ini bukan tes, tolong adik saya disekap agen di batam',
  ])('does not hide an emergency said beside such words: %s', (message) => {
    expect(text(message).priority).toBe('P1');
  });
});

describe('emergencies told plainly that the rules missed (new examples)', () => {
  it.each([
    'the agent locked 6 of us inside a flat in Erbil',
    'they took my brother, two men pulled him into a van, they say pay 5000 or we never see him again',
    'nafas bapak sy sesak sekali dari subuh',
    'water is coming into the boat and the pump is not working, we are 9 crew',
    'yes danger now',
    'I keep cutting my arm at night, nobody here cares',
    'I have sleeping pills with me, if they send me back to that house I will take them all',
    'aku dipeksa ngladeni wong lanang neng hotel saben wengi',
    'ayeuna dipaksa ngalayanan lalaki di hotel',
    'every day I must see 8 men, the boss has the key',
    'tiap malam kena masuk bilik dengan pelanggan, tak boleh tolak',
    'ada pengawal kat pintu pagar dengan anjing, kami tak boleh keluar',
    'the contractor put us in a house and the back gate has padlock',
    'mandor ngancem arep nguncalke aku neng segara',
    'kapten ngancam bade ngalungkeun abdi ka laut',
    'I keep thinking the balcony is the only way out',
    'maybe better i jump from this window',
    'tadi sy udh berdiri di pinggir jembatan tp gk jadi',
    'employer son force me sex yesterday again, he sleep in house',
    'majikan laki-laki masuk ke kamarnya dan memaksanya berhubungan',
    'aku mung arep pamit, ojo kabari bapak yen aku ora bali maneh',
    'sy udh nulis surat buat anak sy, tolong kasih ke dia kalo sy udh gk ada',
    'udh 2 hari dikunci di kabin sama kapten gara2 nanya gaji',
    'kapten lock kita di cabin sejak kemarin because we ask gaji',
    'suami sy udh kabur dr perusahaan, tp dicegat org, skrg disekap lagi di rumah',
    'majikan bilang lusa aku harus ikut pindah ke Foshan, aku gk mau',
    'majikane arep ngedol dheweke minggu iki',
    'umur sy 17, kerja di rumah madam, gk digaji 3 bulan',
    'salaki abdi panas tiris tos 5 dinten, teu dibawa ka dokter ku perusahaan',
    'burned my arm 4 days ago, now pus and smell, chef say keep working no see doctor',
    'anak sy demam tinggi, sudah minum obat tapi makin parah, sesak napas',
    '3 bulan lalu sy mulai kerja, majikan sering pukul saya',
  ])('P1: %s', (message) => {
    expect(readByRules({ texts: [message], answers: {} }).result.priority).toBe('P1');
    expect(text(message).priority).toBe('P1');
  });

  it.each([
    'napas saya sudah tidak sesak, sudah dikasih obat',
    'we were taken by men from the embassy to the shelter, we are safe',
    'air masuk ke kamar kalau hujan, atapnya bocor',
    'the agent locked 6 of us out of the office because we came late',
    'I cut my hand by accident in the kitchen, it is fine now',
    'saya pergi selamanya dari perusahaan ini, sudah dapat kerja baru',
    'saya punya racun tikus buat gudang majikan',
    'anakku ditawani kerja neng Jepang karo sekolahe, aman ora?',
    'i lock the door of my room at night',
    'we can’t get out of this contract, the agency says',
    'someone guard the shop at night, i work day shift',
    'tahun lalu sy dipaksa nemenin tamu di bar, skrg sy udh kerja di pabrik',
    'saya sering menangis, tetapi saya tidak berniat menyakiti diri sendiri',
    'she said clearly she has no thoughts of hurting herself',
    'sy stress bgt, but not thinking to end my life ya, cuma capek',
    'adik sy jatuh dr perancah, skrg di rs udh dioperasi kondisinya stabil',
    'suami saya patah kaki minggu lepas, dah dibedah kat hospital',
    'kaki sy yg ketimpa besi udh dijahit di klinik, aman',
    'kalau saya tidak ada di rumah, tolong hubungi suami',
    'kami dipaksa berhubungan dengan agen tiap minggu',
    'sy mau tanya gaji sy dipotong, boleh gk?',
    'tmn sy kabur dr majikan 3 minggu lalu krn sering ditampar, skrg nginep di rmh org indo',
    'kmrn sy dipukul mandor tp skrg sy udh dipindah ke proyek lain, dia gk tau sy di sini',
    'I was locked in by employer in Riyadh but that was 2021, now I home in Lombok',
    'aku wis 3 dino mlebu rumah sakit kena tipes, wis ditangani dokter',
    'aku wingi opname merga tipes, saiki wis mari',
    'kakak sy demam berdarah kemarin, udh dirawat di RS, udh stabil',
    'ibu sy kmrn pingsan di dapur tp udh dibawa ke klinik, udh diinfus dan pulang',
  ])('not P1: %s', (message) => {
    expect(readByRules({ texts: [message], answers: {} }).result.priority).not.toBe('P1');
  });
});

describe('self-harm supposed, and rumours asked about (new examples)', () => {
  it.each([
    'kalau aku bunuh diri siapa yg urus anakku?',
    'apa boleh minum racun biar mati?',
    'saya takut saya akan bunuh diri',
    'if i kill myself will my kids get my salary?',
    'nek aku gantung diri piye nasib anakku?',
  ])('thinking of one’s own death is P1 with the suicidal flag: %s', (message) => {
    const result = readByRules({ texts: [message], answers: {} }).result;
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('suicidal');
  });

  it.each([
    'kalau ada temen yg cerita mau bunuh diri sy harus jawab apa ya',
    'saya takut adik saya bunuh diri',
    'kenapa ya banyak TKW bunuh diri?',
  ])('someone else’s is asked about, not P1: %s', (message) => {
    const result = readByRules({ texts: [message], answers: {} }).result;
    expect(result.priority).not.toBe('P1');
    expect(result.concerns.map((c) => c.kind)).toContain('self_harm');
  });

  it('a paper about suicide asks nothing', () => {
    const result = text('saya bikin skripsi tentang TKW yang bunuh diri, minta data');
    expect(result.concerns.map((c) => c.kind)).not.toContain('self_harm');
  });

  it.each([
    'jarene kancaku nek ning kapal iso dipukuli, bener ora?',
    "di tiktok ada video org bilang 'ginjal kalian bakal diambil kalo kerja di kamboja', itu hoax gk?",
    'kata orang di kapal taiwan ABK suka dipukuli, benarkah?',
    'I heard they lock workers in the dorms in Myawaddy, is it true?',
    'dengar kata kat kilang sawit pekerja kena kurung, betul ke?',
    'denger2 di kamboja orang diculik buat scam, beneran gak sih?',
    'cenah di kapal Taiwan ABK sok dipeuncit, leres teu?',
  ])('a rumour asked about is not P1: %s', (message) => {
    expect(readByRules({ texts: [message], answers: {} }).result.priority).not.toBe('P1');
  });

  it.each([
    'katanya adik saya dipukuli majikan, benar gak ya?',
    'adik telpon, katanya dia dikunci di kamar sama majikan',
    'I heard my sister is locked in the dorm in Myawaddy, is it true? she does not answer',
    'aku denger adikku dikurung, bener gak ya?',
  ])('one’s own person named, or no question whether it is true, stays P1: %s', (message) => {
    expect(readByRules({ texts: [message], answers: {} }).result.priority).toBe('P1');
  });
});

describe('round 18: denials that are over, habits, documents named "emergency", held in a car (new examples)', () => {
  const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result;

  it('a denial told of before a turn to now does not cancel a wish to die now', () => {
    const result = rules('kemarin aku bilang ke ibu bukan mau bunuh diri, tapi sekarang aku pengen mati aja');
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('suicidal');
  });

  it('a denial now still outweighs tired-of-life words', () => {
    expect(rules('capek banget pengen mati rasanya, tapi bukan mau bunuh diri kok').flags).not.toContain(
      'suicidal',
    );
  });

  it.each([
    'we have pills saved, tonight we finish everything',
    'saya punya obat tersimpan di tas, sudah tidak kuat lagi',
  ])('pills kept ready are means at hand: %s', (message) => {
    expect(rules(message).priority).toBe('P1');
  });

  it('a rule of the place ("when sick, no medicine") is abusive conditions, not an illness now', () => {
    const result = rules('kerja di kebun 16 jam, kalau sakit tidak dikasih obat, gaji dipotong');
    expect(result.priority).not.toBe('P1');
    expect(result.indicators).toContain('abusive_conditions');
  });

  it('an illness now with care refused stays P1', () => {
    expect(rules('teman saya demam tinggi dari kemarin, mandor tidak kasih obat').priority).toBe('P1');
  });

  it.each([
    'nobody hurts me and I am not locked in, how do I get an emergency travel document in Phnom Penh?',
    'minta nomor darurat KBRI Kuala Lumpur dong',
  ])('a document or a number named "emergency" is no emergency: %s', (message) => {
    expect(rules(message).priority).not.toBe('P1');
  });

  it('asking to get out of a car and being refused is being held', () => {
    const result = rules('adik sy di mobil dibawa agen, dia minta turun tapi gak dibolehin');
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('confined_now');
  });

  it('crew refused leave to go ashore is restricted, not locked in', () => {
    const result = rules('sy abk, minta turun kapal tapi tidak dibolehin kapten, paspor dipegang');
    expect(result.flags).not.toContain('confined_now');
    expect(result.indicators).toContain('restriction_of_movement');
  });

  it('crew refused shore leave and locked in the cabin as well is confined', () => {
    const result = rules('sy abk, minta turun tapi tidak dibolehin, sekarang kami dikunci di kabin');
    expect(result.flags).toContain('confined_now');
  });

  it('asking to go home and being refused, with words between, restricts movement', () => {
    expect(rules('sy mau pulang udah minta berkali-kali ke majikan tapi gak dibolehin').indicators).toContain(
      'restriction_of_movement',
    );
  });

  it('Sundanese "already at home in …" is a return', () => {
    expect(rules('kapungkur abdi di Malaysia dipukul majikan, ayeuna tos di bumi di Garut').country).toBe(
      'MY',
    );
  });
});

describe('round 18: gambling operators, money mules and passports collected (new examples)', () => {
  const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result;

  it.each([
    'kami kerja operator judi di sebuah hotel di perbatasan, gaji ditahan, tidak boleh keluar',
    'I was made to open a bank account in my name and they keep the card, they call it money mule work, passport taken',
    'disuruh buka rekening atas nama saya terus atmnya dipegang bos, paspor juga ditahan',
  ])('forced criminality or gambling work is a scam-compound case: %s', (message) => {
    expect(rules(message).category).toBe('online_scam_compound');
  });

  it('a question about opening a bank account is a question', () => {
    expect(rules('mau tanya cara buka rekening bank di Malaysia, syaratnya apa aja?').priority).toBe('P4');
  });

  it('passports collected by the company are held', () => {
    expect(rules('paspor kami dikumpulin sama perusahaan dari awal datang').indicators).toContain(
      'retention_of_documents',
    );
  });
});

describe('round 19: self-harm in other words, never beaten in Javanese, a carer’s old person dying (new examples)', () => {
  const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result;

  it.each([
    'i feel like jump from 14th floor, tired already, majikan always scold',
    'adik saya bilang ingin mengakhiri hidupnya, sekarang di atap gedung',
    'the easiest way is to end it tonight, nobody will miss me',
    'semalam aku sudah berdiri di pinggir jembatan, gak tau besok masih kuat',
  ])('a wish or a step toward dying is P1 with the flag: %s', (message) => {
    const result = rules(message);
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('suicidal');
  });

  it('"14th floor" is no age and no years', () => {
    expect(rules('we live on the 14th floor, my employer is kind').flags).not.toContain('minor');
  });

  it('Javanese "ora tau digebuki" is never beaten', () => {
    const result = rules(
      'mbakyuku PRT neng dili, paspore dicekel majikan, gajine ora dibayar, ora tau digebuki',
    );
    expect(result.priority).not.toBe('P1');
    expect(result.indicators).not.toContain('physical_sexual_violence');
  });

  it('Sundanese "sanes hoyong bunuh diri" denies self-harm', () => {
    expect(
      rules('cape pisan sareng kesepian, sanes hoyong bunuh diri, ngan hoyong curhat').priority,
    ).not.toBe('P1');
  });

  it('the old person a carer looked after dying is no emergency', () => {
    expect(rules('ama sudah meninggal, aku mau pindah majikan, broker minta uang').priority).not.toBe('P1');
  });

  it('pressing the emergency button by mistake is no emergency', () => {
    expect(rules('maaf salah pencet tombol darurat, aku gak apa-apa kok').priority).not.toBe('P1');
  });

  it('"mau bawa saya ke …" against the person’s will within the week is a move', () => {
    expect(
      rules('majikan mau bawa saya ke rumah ibunya di zhongshan minggu ini, saya gak mau').flags,
    ).toContain('imminent_move');
  });

  it('"umure lagi 17" is an age', () => {
    expect(rules('anakku umure lagi 17 melu kapal, saben dino digebuki juragan').flags).toContain('minor');
  });
});

describe('round 29: a maid by her job’s name, a denied rumour, own questions, homesickness (new examples)', () => {
  const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result;

  it.each([
    'adik sy jd pembantu di jeddah, paspor ditahan dan gaji 5 bulan gk dibayar',
    'pembantunya dipukul majikan tiap hari, paspor ditahan',
    'sy perawat ama di taichung, hp disita dan gk pernah libur',
  ])('the maid’s and the carer’s own words are household work: %s', (message) => {
    expect(rules(message).category).toBe('domestic_servitude');
  });

  it('"tolong bantu" stays a plea, not a maid', () => {
    expect(rules('tolong bantu saya, gaji 3 bulan belum dibayar bos pabrik').category).not.toBe(
      'domestic_servitude',
    );
  });

  it('a rumour the person has denied is no emergency', () => {
    const result = rules(
      'orang kampung bilang katanya adik sy disekap di malaysia, tp barusan sy telpon dia, katanya tidak benar, dia sehat kerja di kilang',
    );
    expect(result.priority).not.toBe('P1');
    expect(result.flags).not.toContain('confined_now');
  });

  it('a rumour told without a denial still counts', () => {
    expect(rules('katanya adik sy disekap di malaysia, hp nya diambil, tolong').priority).toBe('P1');
  });

  it('a sponsor or agent "not responding" is not a body that does not respond', () => {
    expect(rules('gaji dipotong terus, agent not responding to my messages').flags).not.toContain(
      'injury_or_medical',
    );
    expect(rules('my friend fell from the scaffold and is not responding').priority).toBe('P1');
  });

  it('an overstay fine is no debt', () => {
    expect(rules('sy overstay 2 tahun di jeddah, dendanya besar, mau pulang').indicators).not.toContain(
      'debt_bondage',
    );
  });

  it.each([
    'is it legal for my employer to hold my passport and give me no day off? I work in Kowloon',
    'is my boss allowed to cut my salary for the broken phone? just asking',
  ])('a question about what one’s own employer does is a live case: %s', (message) => {
    expect(rules(message).priority).not.toBe('P4');
  });

  it.each([
    'is it legal for an employer in Hong Kong to hold a helper’s passport?',
    'before I leave for Taiwan: is it legal for an employer there to keep my passport?',
    'is it legal for my employer to lock the door at night?',
  ])('a question about the law, or an emergency asked about, stays a question: %s', (message) => {
    expect(rules(message).priority).toBe('P4');
  });

  it.each([
    'majikan baik, cuma sy kangen anak, mau pulang tapi kontrak masih setahun',
    'i miss my kids so much, employer is good, but the contract still has 6 months',
  ])('missing home within a contract is a welfare worry, not a dispute: %s', (message) => {
    expect(rules(message).category).toBe('other');
  });

  it.each([
    'tokey paksa kawan saya buat servis dengan pelanggan di pusat urut, dia tak nak',
    'besok dia mau dibawa ke sibu, katanya mau dijadiin wanita penghibur',
  ])('sex named in other words is sexual exploitation: %s', (message) => {
    expect(rules(message).category).toBe('sexual_exploitation');
  });

  it('a spa therapist with no sex work in the Gulf is no household', () => {
    expect(
      rules('sy terapis spa di doha, kerja 14 jam tiap hari, paspor ditahan manajer, gaji dipotong').category,
    ).toBe('forced_labour');
  });
});

describe('round 30: self-harm told by what is ready, farewells, rumours of others, treated seizures (new examples)', () => {
  const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result;

  it.each([
    'dia bilang mau loncat aja dari jembatan biar selesai semua',
    'tali sudah sy ikat di kipas, sy titip anak sy ya kak',
    'i am standing at the balcony 20th floor now, sorry mama',
    'pesan terakhir adik sy: maafin aku ya, jaga ibu. habis itu hp nya gk aktif',
  ])('a plan, a means or a farewell is P1 with the suicidal flag: %s', (message) => {
    const result = rules(message);
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('suicidal');
  });

  it.each([
    'kemarin teman sekamar sy kejang, langsung dibawa majikan ke klinik, dokter bilang epilepsi, sekarang sudah minum obat',
    'katanya di asrama sebelah ada yang disekap, tapi saya aman kok, cuma mau tanya soal cuti',
    'maaf salah kirim kak, tadi itu lirik lagu "lebih baik mati"',
    'ada poster tanda tanda orang mau bunuh diri dalam bahasa indonesia? buat ditempel di shelter',
    'upami aya baraya nu dikonci ku majikan atanapi paspor na ditahan, kedah kumaha? ieu mah naros wungkul',
    'takutnya kayak yang di berita, dijual ke kamboja. sy besok berangkat ke korea lewat LPK resmi',
  ])('no emergency: %s', (message) => {
    expect(rules(message).priority).not.toBe('P1');
  });

  it('a friend still inside is in danger whatever the writer escaped', () => {
    const result = rules(
      'aku udah kabur dari compound minggu lalu, aman di thailand. tapi temenku masih di dalam, dia dikunci di kamar dan dijaga guard',
    );
    expect(result.priority).toBe('P1');
    expect(result.flags).toContain('confined_now');
  });
});

describe('after round 30: ransom in English, a sick man to be thrown overboard, hyperbole, training material', () => {
  const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result;

  it('taken and money asked for her is a kidnapping', () => {
    expect(
      rules('two men took my cousin from the dorm yesterday and now they ask money for her').priority,
    ).toBe('P1');
  });

  it('a threat to throw a crewman into the sea is a threat to kill', () => {
    expect(rules('the captain said they will throw the injured boy into the sea tonight').priority).toBe(
      'P1',
    );
  });

  it('one’s own plan to sell a kidney is no operation against one’s will; a kidney someone will take is', () => {
    expect(rules('temen sekamar bilang mau jual ginjal buat bayar utang, itu legal gk?').flags).not.toContain(
      'imminent_move',
    );
    expect(rules('agen mau jual ginjal saya kalau utang gk lunas bulan ini').flags).toContain(
      'imminent_move',
    );
  });

  it.each([
    'mau mati capeknya hari ini, dari subuh kerja, tapi besok libur',
    'gimana cara bantu teman yang bilang pengen bunuh diri? ini buat materi pelatihan komunitas',
  ])('no emergency: %s', (message) => {
    expect(rules(message).priority).not.toBe('P1');
  });
});

describe('a claim asked whether it is true (new examples)', () => {
  const rules = (message: string) => readByRules({ texts: [message], answers: {} }).result;

  it.each([
    'benarkah di malaysia pekerja dikunci di asrama kalau belum bayar utang? tetangga sy mau berangkat',
    'is it true they beat workers in the compounds if they miss targets? my cousin got an offer',
  ])('is no emergency: %s', (message) => {
    expect(rules(message).priority).not.toBe('P1');
  });

  it('one’s own told after it still is', () => {
    expect(
      rules(
        'is it true they lock people in the compound? my friend is there now and she is locked in her room',
      ).priority,
    ).toBe('P1');
  });
});

describe('doubled words whose doubling is the meaning', () => {
  it('a test said twice is a test, whatever words follow', () => {
    const result = text('tes tes, sy dikunci di kamar');
    expect(result.priority).toBe('P4');
    expect(result.flags).toEqual([]);
  });

  it('"dipegang-pegang" is groping, "dipegang" is held', () => {
    const groped = text('sy di pegang2 anak majikan tiap malam');
    expect(groped.priority).toBe('P1');
    expect(groped.indicators).toContain('physical_sexual_violence');
    const held = text('paspor sy dipegang agen');
    expect(held.indicators).toEqual(['retention_of_documents']);
  });

  it('a phone used "sembunyi-sembunyi" is isolation; hiding at a friend’s is not', () => {
    expect(text('hp sy dipakai sembunyi2, majikan gak tau').indicators).toContain('isolation');
    expect(text('dia kabur lompat pagar, skrg sembunyi di rumah temen').indicators).not.toContain(
      'isolation',
    );
  });

  it('never waking up: a wish when it follows sleep, unconsciousness when it follows fainting', () => {
    expect(text('rasa nak tido je dan tak bangun2 dah').flags).toContain('suicidal');
    const fainted = text('kancaku semaput neng kamar, ora tangi-tangi wis sak jam');
    expect(fainted.flags).toContain('injury_or_medical');
    expect(fainted.flags).not.toContain('suicidal');
  });
});

describe('round 31: kinds from its tuning half', () => {
  it('"gk bakal aneh2 kok" denies self-harm beside tired-of-life words', () => {
    const result = text('capek hidup bgt shift malem mulu, tp tenang aja gk bakal aneh2 kok');
    expect(result.priority).not.toBe('P1');
    expect(result.flags).not.toContain('suicidal');
  });

  it('poison bought and to be drunk tonight is self-harm, told by the person or a parent', () => {
    for (const message of [
      'anakku jarene wis tuku racun tikus, arep diombe bengi iki',
      'sa pi beli racun rumput tadi sore, sa mau minum malam ini saja biar selesai',
    ]) {
      const result = text(message);
      expect(result.priority).toBe('P1');
      expect(result.flags).toContain('suicidal');
    }
    expect(text('majikan suruh beli racun tikus buat gudang').flags).not.toContain('suicidal');
  });

  it('an adult writer’s age "waktu umur 15" is an age once, not a minor now', () => {
    const result = text(
      'sy Rina 19 thn. waktu umur 15 sy dibawa tante ke Kuching jd pembantu, skrg udh aman',
    );
    expect(result.flags).not.toContain('minor');
  });

  it('home again in Javanese, "terus dipulangin", or living at home now: the danger told is over', () => {
    expect(text('dikurung 7 sasi neng Myawaddy. saiki wis neng omah sehat').priority).not.toBe('P1');
    expect(text('2023 sy kabur ke KJRI trus dipulangin, majikan dulu kurung sy').priority).not.toBe('P1');
    const home = text('dulu sy dipaksa layani tamu di bar. skrg sy udh 26, udh nikah, tinggal di rumah');
    expect(home.priority).not.toBe('P1');
    // A friend's or a relative's house abroad is no return home.
    expect(text('skrg udh kabur tinggal di rumah tmn, tp paspor msh di mami').priority).toBe('P2');
  });

  it('a death in hospital of an illness leaves no one in danger; bruises on the body are another matter', () => {
    const illness = text(
      'sepupu sy meninggal di Malaysia 2 hari lalu di rumah sakit karena serangan jantung',
    );
    expect(illness.priority).not.toBe('P1');
    expect(
      text('suami sy meninggal di rumah sakit, kata majikan jatuh, tapi badannya penuh luka memar').priority,
    ).toBe('P1');
  });

  it('a song’s lyric sent to be corrected for a contest is no case', () => {
    const message =
      "kak tolong koreksi lirik lagu buat lomba minggu depan 'pasporku disimpan tuan, gajiku ditahan'";
    expect(text(message).priority).toBe('P4');
    expect(readByRules({ texts: [message], answers: {} }).result.indicators).toEqual([]);
  });

  it('a job advert to "share ke saudara & tetangga" is a broadcast, and "tes heula" a test', () => {
    expect(
      text('LOKER LUAR NEGERI gaji 30jt DP 5jt sisanya potong gaji, share ke saudara & tetangga!!!').priority,
    ).toBe('P4');
    expect(text('punten, leres ieu nomer Suar? tes heula').category).toBe('other');
  });

  it('pay kept "nanti pas pulang" is wages withheld', () => {
    expect(text('kerja 20 jam sehari, gaji katanya dibayar nanti pas pulang').indicators).toContain(
      'withholding_of_wages',
    );
  });

  it('someone reported missing, found and well, is an update, not a missing person', () => {
    const found = text('update kak, kakak sy yg sy laporin hilang udh ketemu, dia aman, hp nya cuma rusak');
    expect(found.category).not.toBe('missing_person');
    expect(found.priority).toBe('P4');
    // Still unfound, or found but not safe, stays a case.
    expect(text('adik sy udh 2 minggu gk bisa dihubungi, belum ketemu').category).toBe('missing_person');
    expect(text('suami sy sudah bisa dihubungi tp dia bilang dikurung, gk aman').priority).toBe('P1');
  });

  it('"paspor saya pegang" is the writer holding it; "paspor saya pegang majikan" the employer', () => {
    expect(text('paspor saya pegang, majikan baik').indicators).not.toContain('retention_of_documents');
    expect(text('paspor saya pegang majikan').indicators).toContain('retention_of_documents');
  });

  it('"perempuan 20th" is how old someone is, not how long ago it was', () => {
    const message =
      'anak sy perempuan 20th ditawari kerja online lewat fb, brgkt ke Phnom Penh. chat terakhir 8 hari lalu, abis itu hp mati sampe skrg';
    expect(readByRules({ texts: [message], answers: {} }).result.priority).toBe('P2');
  });

  it('a supposition followed by a question of what to do is a question, not the writer’s case', () => {
    expect(text('kalau majikan pukul saya nanti, saya boleh lari ke kbri?').priority).toBe('P4');
    // A case told after the question still makes a first-person supposition the writer's own.
    const told = text(
      'kalo kita gk boleh keluar kebun gmn ya? sy sm 20 org di ladang sawit, gaji 5 bln gk dikasih',
    );
    expect(told.indicators).toContain('restriction_of_movement');
  });

  it('made to cheat people, or a "bos cina" over the workers, is a scam compound; a "majikan cina" is not', () => {
    expect(text('kami dipaksa menipu lewat telegram, gaji gk dibayar').category).toBe('online_scam_compound');
    expect(text('aku dikon ngapusi wong, paspor dijupuk').category).toBe('online_scam_compound');
    expect(text('paspor sy masih di bos cina, dia minta 2000 dolar').category).toBe('online_scam_compound');
    expect(text('majikan cina saya baik, cuma gaji telat').category).not.toBe('online_scam_compound');
  });

  // New sentences after round 32's tuning half, of the kinds it showed.
  it('a death in hospital of an illness, told by a family ("kami"), puts no one else in danger', () => {
    const message =
      'bapak sy meninggal di rumah sakit di Kaohsiung karena serangan jantung, kami mohon bantuan pemulangan jenazah';
    expect(readByRules({ texts: [message], answers: {} }).result.priority).not.toBe('P1');
  });

  it('many pills for a flu are medicine; many pills with nothing said are still an overdose', () => {
    expect(
      text('semalam minum obat banyak krn demam tinggi, skrg udh enakan. mau nanya soal cuti').priority,
    ).not.toBe('P1');
    expect(text('aku wis ngombe obat akeh banget mau bengi').flags).toContain('suicidal');
  });

  it('a phone given away as no longer needed, in Sundanese, is a farewell; an old phone replaced is not', () => {
    expect(text('hp abdi engke pasihkeun ka adi abdi, abdi tos moal peryogi deui. pamit').flags).toContain(
      'suicidal',
    );
    expect(text('hp lama aku kasih ke adik, udh gk perlu krn udh beli baru').flags).not.toContain('suicidal');
  });

  it('poison bought to be drunk tomorrow morning is P1 self-harm', () => {
    expect(text('aku wis tuku pembersih lantai, sesuk isuk tak ombe').flags).toContain('suicidal');
  });

  it('asking to go home and being refused, in Javanese, restricts movement', () => {
    expect(text('adhikku njaluk mulih majikane ora oleh, gajine ditahan').indicators).toContain(
      'restriction_of_movement',
    );
  });

  it('a place passed through on the way to the one promised is not where the person is', () => {
    expect(
      text('dia dijanjiin kerja di salon di Erbil, berangkat lewat Istanbul, skrg paspor diambil bos')
        .country,
    ).toBe('IQ');
    // A transit hotel is where someone stays.
    expect(
      text('sekarang adik saya berada di sebuah hotel transit di Kuala Lumpur, besok mau dibawa ke Guangzhou')
        .country,
    ).toBe('MY');
  });

  it('a home one wants to go back to is not where one is', () => {
    expect(
      text('pakcik sy dah lama duduk Malaysia, permit mati. sekarang dia nak balik Lombok').country,
    ).toBe('MY');
    expect(
      text('kakak sy nikah sama org korea lewat biro jodoh, skrg pengen cerai dan pulang ke indo').country,
    ).toBe('KR');
  });

  it('forced into commercial sex, in formal Indonesian and in Javanese krama, is sexual exploitation and P1', () => {
    const formal = text('adik saya dipaksa bekerja sebagai pelayan seks di sebuah klub di Johor Bahru');
    expect(formal.category).toBe('sexual_exploitation');
    expect(formal.priority).toBe('P1');
    expect(text('putri kula dipeksa ngladosi tiyang jaler wonten Kuching').category).toBe(
      'sexual_exploitation',
    );
    expect(text('sy kerja di spa, tidak dipaksa layan seks, cuma gaji telat').category).not.toBe(
      'sexual_exploitation',
    );
  });

  it('a question said to be asked in general, a debt to an online lender, a shop that cheated: no case', () => {
    expect(text('How do I report a missing relative abroad? Just asking in general.').priority).toBe('P4');
    expect(
      text('sy lg kelilit utang pinjol, ada tawaran kerja ke dubai, itu aman gk?').indicators,
    ).not.toContain('debt_bondage');
    expect(text('sy ketipu beli baju online 500rb, bisa lapor ke sini?').indicators).not.toContain(
      'deception',
    );
    expect(text('yg kemarin sy nanya soal biaya penempatan, formnya di mana ya?').indicators).not.toContain(
      'debt_bondage',
    );
  });

  it('care asked for and refused, a hot iron pressed on the skin, daily scolding in Javanese', () => {
    const refused = text('tangan sy luka bengkak bernanah, sy minta ke klinik tp majikan gk kasih');
    expect(refused.priority).toBe('P1');
    expect(refused.indicators).toContain('abusive_conditions');
    expect(text('kemarin majikan nempelin setrika panas ke tangan sy').indicators).toContain(
      'physical_sexual_violence',
    );
    expect(text('bosku saben dina nesoni aku, gaji telat').indicators).toContain('intimidation_threats');
  });

  it('who exploits decides the category: a compound by its place, hostess work short of sex, an agency or a company', () => {
    expect(text('suami sy di bokeo, dikurung krn gk capai target, mereka minta tebusan 40jt').category).toBe(
      'online_scam_compound',
    );
    expect(
      text(
        'sy disuruh nemenin tamu minum di karaoke tiap malam, gk disuruh tidur sama tamu, tp paspor ditahan bos dan gaji gk dibayar',
      ).category,
    ).toBe('forced_labour');
    expect(
      text('sy cleaner di company di doha, paspor ditahan company, gaji dipotong buat utang visa').category,
    ).toBe('forced_labour');
    expect(
      text(
        'majikan saya baik kok, tp agensi tahan paspor sy dan minta bayar 10rb dulu kalau mau pindah majikan',
      ).category,
    ).toBe('forced_labour');
  });
});
