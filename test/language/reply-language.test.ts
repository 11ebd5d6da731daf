import { describe, expect, it } from 'vitest';
import {
  chooseReplyLanguage,
  initialReplyLanguage,
  type LanguageHints,
  observeMessage,
  type ReplyLanguageState,
  writtenLanguage,
} from '../../src/language/index.ts';

interface Turn {
  text: string;
  reply: 'id' | 'en';
  ambiguous?: boolean;
}

/** Plays a transcript, round-tripping the state through JSON as the session store does. */
function play(hints: LanguageHints, turns: Turn[]): ReplyLanguageState {
  let state = initialReplyLanguage(hints);
  for (const turn of turns) {
    const observed = observeMessage(JSON.parse(JSON.stringify(state)), turn.text, hints);
    state = observed.state;
    expect({ text: turn.text, reply: state.reply }).toEqual({ text: turn.text, reply: turn.reply });
    if (turn.ambiguous !== undefined) expect(observed.ambiguous).toBe(turn.ambiguous);
  }
  return state;
}

describe('reply language', () => {
  it('defaults to Indonesian without hints, and follows priors', () => {
    expect(initialReplyLanguage({}).reply).toBe('id');
    expect(initialReplyLanguage({ phoneCountry: 'ID', clientLanguage: 'en' }).reply).toBe('id');
    expect(initialReplyLanguage({ clientLanguage: 'en-US' }).reply).toBe('en');
    expect(initialReplyLanguage({ clientLanguage: 'ms' }).reply).toBe('id');
  });

  it('answers an English conversation in English, even from an Indonesian number', () => {
    const state = play({ phoneCountry: 'ID' }, [
      { text: 'Hello, I need help. My employer took my passport.', reply: 'en' },
      { text: 'I am in Riyadh', reply: 'en' },
      { text: 'tolong', reply: 'en' },
    ]);
    expect(writtenLanguage(state)).toBe('en');
  });

  it('keeps an Indonesian conversation Indonesian through English loan words', () => {
    play({ clientLanguage: 'en' }, [
      { text: 'saya kerja di Malaysia tapi gaji belum dibayar', reply: 'id' },
      { text: 'ok thanks', reply: 'id' },
      { text: 'sorry', reply: 'id' },
      { text: 'my boss marah terus sama saya', reply: 'id' },
      { text: 'sy takut mbak', reply: 'id' },
    ]);
  });

  it('offers the other language when the first message is ambiguous', () => {
    for (const text of ['halo', 'p', 'tolong', 'ok']) {
      const observed = observeMessage(initialReplyLanguage({}), text, {});
      expect(observed.ambiguous).toBe(true);
      expect(observed.state.reply).toBe('id');
      expect(observed.changed).toBe(false);
    }
    expect(observeMessage(initialReplyLanguage({ clientLanguage: 'en' }), 'hello', {}).state.reply).toBe(
      'en',
    );
  });

  it('follows a person who clearly switches, after accumulated evidence', () => {
    play({}, [
      { text: 'saya butuh bantuan, paspor saya ditahan', reply: 'id' },
      { text: 'sorry my Indonesian is not good', reply: 'id' },
      { text: 'can you write in English please', reply: 'en' },
    ]);
  });

  it('lets an explicit choice stick', () => {
    let state = initialReplyLanguage({ phoneCountry: 'ID' });
    state = chooseReplyLanguage(state, 'en');
    for (const text of ['saya mau lapor, kakak saya hilang', 'tolong bantu kami', 'terima kasih banyak']) {
      const observed = observeMessage(state, text, {});
      state = observed.state;
      expect(state.reply).toBe('en');
      expect(observed.changed).toBe(false);
      expect(observed.ambiguous).toBe(false);
    }
    expect(writtenLanguage(state)).toBe('id');
  });

  it('reports the language written, for staff', () => {
    const state = play({ phoneCountry: 'ID' }, [
      { text: 'kula nyuwun pitulungan, kula mboten saged wangsul', reply: 'id' },
      { text: 'aku ora iso metu saka omah', reply: 'id' },
    ]);
    expect(writtenLanguage(state)).toBe('jv');
    expect(writtenLanguage(initialReplyLanguage({}))).toBe('und');
  });
});
