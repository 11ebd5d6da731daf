import { describe, expect, it } from 'vitest';
import { triage } from '../../src/triage/index.ts';
import { readByRules } from '../../src/triage/triage.ts';

const read = (message: string) => triage({ texts: [message], answers: {} });

// Category and priority by class of situation (TRIAGE.md), in new sentences not copied from any evaluation set.
describe('who the worker is decides the category', () => {
  it.each([
    ['an au pair', 'sy au pair di Utrecht, host family ambil paspor, uang saku 3 bulan belum dikasih'],
    [
      'a helper in Cantonese',
      'sy fei yung di tuen mun, gaji ditahan 4 bulan, hp cuma boleh pegang hari minggu',
    ],
    ['"work house" in English', 'i work house in Doha, no day off, salary not paid 5 months'],
    ['"mama" and "baba" in the Gulf', 'baba ambil paspor sy, mama tidak kasih gaji 6 bulan. sy di Riyadh'],
    [
      'a worker in Kuwait who names no sector',
      'gaji sy 7 bulan blm dibayar, paspor ditahan. sy kerja di Kuwait',
    ],
  ])('domestic servitude: %s', (_kind, message) => {
    expect(read(message).category).toBe('domestic_servitude');
  });

  it.each([
    [
      'crew of a cargo ship',
      'kami abk kapal kargo di pelabuhan Jeddah, gaji 6 bulan tidak dibayar, paspor ditahan owner',
    ],
    [
      'a shipyard welder',
      'sy welder di galangan kapal di Ulsan, paspor dipegang bos, gaji 3 bulan belum dibayar',
    ],
    [
      'a care worker in a facility',
      'sy kaigo di shisetsu, shunin tendang sy kemarin, paspor dipegang kantor',
    ],
    ['a packhouse worker', 'contractor at the packhouse keep our passports and pay half salary'],
  ])('forced labour, not fishing or other: %s', (_kind, message) => {
    expect(read(message).category).toBe('forced_labour');
  });

  it('a tanker crew held on board is forced labour, not a household', () => {
    expect(
      read(
        '2nd officer threaten us with knife, we hide in engine room. tanker anchored off Fujairah, no salary 6 months',
      ).category,
    ).toBe('forced_labour');
  });

  it('a fishing crew with two indicators is still a fishing-vessel case', () => {
    expect(read('sy abk kapal ikan, gaji 8 bulan belum dibayar, buku pelaut ditahan kapten').category).toBe(
      'fishing_vessel',
    );
  });
});

describe('the kind of exploitation', () => {
  it('made to strip on a video call is sexual exploitation, even inside a scam compound', () => {
    expect(read('di compound disuruh vc telanjang sama klien, kalau nolak dipukul').category).toBe(
      'sexual_exploitation',
    );
  });

  it('a bride married through a matchmaking agent who is then cut off is forced marriage, urgent', () => {
    expect(
      read('kakak sy menikah dengan orang taiwan lewat agen perjodohan, sudah 3 minggu tidak bisa dihubungi'),
    ).toMatchObject({ category: 'forced_marriage', priority: 'P2' });
  });

  it('a ransom for someone who went for an IT admin job is a scam-compound case', () => {
    expect(read('anak sy berangkat kerja admin IT, sekarang orang minta tebusan 50 jt').category).toBe(
      'online_scam_compound',
    );
  });

  it('a relative searched for, last heard from years ago, is a missing person', () => {
    expect(read('kami mencari kakak kami, terakhir kontak tahun 2015 waktu kerja di Malaysia')).toMatchObject(
      {
        category: 'missing_person',
        priority: 'P3',
      },
    );
  });
});

describe('sold on', () => {
  it('a worker sold from one employer to another, with one indicator, is urgent domestic servitude', () => {
    expect(
      read('kakak sy pembantu di Riyadh, dijual majikan ke majikan lain, gajinya ditahan'),
    ).toMatchObject({
      priority: 'P2',
      category: 'domestic_servitude',
    });
  });

  it('a house sold is no person sold', () => {
    expect(read('majikan sy jual rumah, gaji sy ditahan 1 bulan').priority).toBe('P3');
  });
});

describe('welfare, openers and spam', () => {
  it('homesick before the contract ends, with the employer fine, is a welfare worry', () => {
    expect(read('sy kangen rumah, mau pulang sebelum kontrak habis, majikan baik kok')).toMatchObject({
      priority: 'P3',
      category: 'other',
    });
  });

  it('wanting to leave when the employer says to wait for the contract is still a dispute', () => {
    expect(read('sy mau pulang tapi majikan bilang tunggu kontrak habis').category).toBe('labour_dispute');
  });

  it.each(['min, mau tanya boleh?', 'hello, is this the hotline?', 'afwan, boleh nanya?'])(
    'asking whether one may ask is an opener: %s',
    (message) => {
      expect(read(message)).toMatchObject({ priority: 'P4', category: 'other' });
    },
  );

  it('thanks for a safe return, with nothing else to report, is no case', () => {
    expect(read('terima kasih kak, kakak sy sudah sampai rumah dengan selamat')).toMatchObject({
      priority: 'P4',
    });
  });

  it('a return that has not happened ("paid once home") is no return', () => {
    expect(
      read('abk kapal, gaji 5 bulan belum dibayar, katanya dibayar yen wis mulih. paspor dicekel kapten')
        .priority,
    ).toBe('P2');
  });

  it('news of someone home and healed is no case to the rules, and never urgent', () => {
    const message = 'suami sy sudah pulang dari kapal, dulu sakit tapi sekarang sudah sembuh di rumah';
    expect(readByRules({ texts: [message], answers: {} }).result.priority).toBe('P4');
    // The second reader may read a welfare concern (P3) in it; it must not read a case.
    expect(['P3', 'P4']).toContain(read(message).priority);
  });

  it.each([
    'my contract says 40 hours but the farm gives us only 20 now, is this allowed?',
    'kontrak bilang 2 tahun tapi bos suruh pulang minggu depan, boleh gitu?',
    'boss say I can move but only after contract end, I want now, can you help?',
  ])('a broken term told before a question is a live dispute: %s', (message) => {
    expect(read(message)).toMatchObject({ priority: 'P3', category: 'labour_dispute' });
  });

  it('a question about the rules alone stays a request for information', () => {
    expect(read('kalau kontrak 2 tahun, boleh pindah majikan sebelum habis?')).toMatchObject({
      priority: 'P4',
      category: 'information_request',
    });
  });

  it('someone taken by strangers with no work named is a missing person', () => {
    expect(
      read('adik sy diculik tiga lelaki tadi malam, dipaksa naik bot, kami tak tahu dibawa ke mana').category,
    ).toBe('missing_person');
  });

  it('an advert is spam, whatever job words it has', () => {
    expect(read('PROMO kerja online gaji 10jt/minggu, klik link di bio, slot terbatas!!')).toMatchObject({
      priority: 'P4',
      category: 'other',
    });
  });

  it('a crypto advert is spam', () => {
    expect(read('Earn 300 USD daily!! join our group, limited slot, contact admin')).toMatchObject({
      priority: 'P4',
    });
  });

  it('a report that mentions a promotion is still a report', () => {
    expect(
      read('agen bilang ada promo tiket, tapi paspor sy ditahan dan gaji 3 bulan belum dibayar').priority,
    ).toBe('P2');
  });
});
