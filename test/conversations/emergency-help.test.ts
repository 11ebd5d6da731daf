import { describe, expect, it } from 'vitest';
import { emergencyHelp } from '../../src/conversations/emergency-help.ts';
import { content } from '../support/engine-env.ts';
import { missionDirectory } from '../support/missions.ts';

const help = (language: 'id' | 'en', request: Parameters<typeof emergencyHelp>[3]) =>
  emergencyHelp(content, missionDirectory, language, request).text;

describe('emergency help', () => {
  it('names the country’s police and ambulance numbers and the responsible mission', () => {
    const text = help('id', { country: 'SG' });
    expect(text).toContain('Nomor darurat di Singapura: polisi 999, ambulans 995');
    expect(text).toContain('KBRI Singapura');
    expect(text).toContain('+62 812 9007 0027');
  });

  it('picks the mission by city where a country has several', () => {
    expect(help('en', { country: 'MY', city: 'Tawau' })).toContain('KRI Tawau');
  });

  it('without a country, gives the general number and no mission', () => {
    const text = help('en', { country: null });
    expect(text).toContain('112, or the emergency number of the country you are in');
    expect(text).not.toContain('mission responsible');
  });

  it('for self-harm, adds the country’s mental-health line where one is known, with its hours', () => {
    expect(help('id', { country: 'HK', selfHarm: true })).toContain('2896 0000');
    expect(help('id', { country: 'HK', selfHarm: true })).toContain('24 jam');
    expect(help('en', { country: 'TW', selfHarm: true })).toContain('1925');
    expect(help('en', { country: 'ID', selfHarm: true })).toContain('119 ext. 8');
    expect(help('en', { country: 'ID', selfHarm: true })).toContain('office hours');
    // No line on file for Saudi Arabia: none is shown, the rest of the help is.
    const saudi = help('id', { country: 'SA', selfHarm: true });
    expect(saudi).not.toContain('kesehatan jiwa');
    expect(saudi).toContain('Anda tidak sendirian');
    // Not shown for other dangers.
    expect(help('id', { country: 'HK' })).not.toContain('2896 0000');
  });

  it('an update says which country the numbers are for', () => {
    expect(help('id', { country: 'MY', update: true }).split('\n')[0]).toBe('Ini nomor bantuan di Malaysia:');
  });
});
