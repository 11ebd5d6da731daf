import { describe, expect, it } from 'vitest';
import {
  countryName,
  countryOfPhone,
  findPlaceInAnswer,
  findPlacesInText,
  placeOfPoint,
} from '../../src/places/index.ts';

describe('findPlaceInAnswer', () => {
  it.each([
    ['malaysia', 'MY', undefined],
    ['Malaysia', 'MY', undefined],
    ['sekarang di malaysia', 'MY', undefined],
    ['dimalaysia', 'MY', undefined],
    ['Malasya', 'MY', undefined],
    ['di kuala lumpur', 'MY', 'Kuala Lumpur'],
    ['di KL', 'MY', 'Kuala Lumpur'],
    ['Jedah', 'SA', 'Jeddah'],
    ['jeddha', 'SA', 'Jeddah'],
    ['ke riyadh', 'SA', 'Riyadh'],
    ['Arab Saudi', 'SA', undefined],
    ['saudi', 'SA', undefined],
    ['kamboja, poipet', 'KH', 'Poipet'],
    ['Sihanukvile', 'KH', 'Sihanoukville'],
    ['pnom pen', 'KH', 'Phnom Penh'],
    ['myanmar/burma', 'MM', undefined],
    ['sy di shwe koko', 'MM', 'Myawaddy'],
    ['KK Park', 'MM', 'Myawaddy'],
    ['Segitiga Emas', 'LA', 'Tonpheung'],
    ['hongkong', 'HK', undefined],
    ['Hong Kong', 'HK', undefined],
    ['Kaoshiung', 'TW', 'Kaohsiung'],
    ['taiwan', 'TW', undefined],
    ['UEA', 'AE', undefined],
    ['emirat', 'AE', undefined],
    ['abu dabi', 'AE', 'Abu Dhabi'],
    ['brunai', 'BN', undefined],
    ['dari jakarta skrg di tawau', 'MY', 'Tawau'],
    ['port louis', 'MU', 'Port Louis'],
    ['cape town', 'ZA', 'Cape Town'],
    ['Montevideo', 'UY', 'Montevideo'],
    ['busan korea', 'KR', 'Busan'],
  ])('%s → %s %s', (text, country, city) => {
    const place = findPlaceInAnswer(text);
    expect(place?.country).toBe(country);
    expect(place?.city).toBe(city);
  });

  it.each(['tidak tahu', 'lewati', 'aman', 'sekarang di kapal', '', 'ya'])('%s → nothing', (text) => {
    expect(findPlaceInAnswer(text)).toBeNull();
  });

  it('reports the words that matched', () => {
    expect(findPlaceInAnswer('saya di Kota Kinabalu')?.matched).toBe('kota kinabalu');
  });
});

describe('findPlacesInText', () => {
  it('lists the most specific place first', () => {
    const places = findPlacesInText('kakak sy di poipet kamboja');
    expect(places.map((place) => place.country)).toEqual(['KH', 'KH']);
    expect(places[0]?.city).toBe('Poipet');
  });

  it('ignores place-like words used as ordinary words', () => {
    expect(findPlacesInText('Nasib saya malang sekali, lima bulan gaji tdk dibayar')).toEqual([]);
    expect(findPlacesInText('majikan orang cina, bisa bahasa inggris')).toEqual([]);
    expect(findPlacesInText('sekarang sy aman')).toEqual([]);
  });

  it('accepts weak names after a locative word', () => {
    expect(findPlacesInText('sy kerja di arab')[0]?.country).toBe('SA');
    expect(findPlacesInText('dia dibawa ke china')[0]?.country).toBe('CN');
  });

  it('puts places abroad before places in Indonesia', () => {
    expect(findPlacesInText('sy dari indramayu, skrg di selangor')[0]?.country).toBe('MY');
  });

  it('finds the port of a vessel', () => {
    const countries = findPlacesInText('kapal taiwan, sekarang sandar di port louis').map((p) => p.country);
    expect(countries).toContain('MU');
    expect(countries).toContain('TW');
  });
});

describe('placeOfPoint', () => {
  it('gives Hong Kong, not China, for a pin in Kowloon', () => {
    expect(placeOfPoint(22.3193, 114.1694).country).toBe('HK');
  });
  it('gives Malaysia for Kuala Lumpur and keeps the coordinates', () => {
    expect(placeOfPoint(3.139, 101.6869)).toMatchObject({
      country: 'MY',
      latitude: 3.139,
      longitude: 101.6869,
    });
  });
  it('gives Cambodia for Poipet', () => {
    expect(placeOfPoint(13.6584, 102.5636).country).toBe('KH');
  });
  it('gives null for nonsense coordinates', () => {
    expect(placeOfPoint(999, 0).country).toBeNull();
  });
});

describe('countryOfPhone', () => {
  it.each([
    ['+60123456789', 'MY'],
    ['+85291234567', 'HK'],
    ['+966512345678', 'SA'],
    ['+886912345678', 'TW'],
    ['+6281234567890', 'ID'],
  ])('%s → %s', (phone, country) => {
    expect(countryOfPhone(phone)).toBe(country);
  });
  it('gives null for garbage', () => {
    expect(countryOfPhone('not a phone')).toBeNull();
  });
});

describe('countryName', () => {
  it('names countries in Indonesian and English', () => {
    expect(countryName('KH', 'id')).toBe('Kamboja');
    expect(countryName('KH', 'en')).toBe('Cambodia');
    expect(countryName('SA', 'id')).toBe('Arab Saudi');
  });
});

describe('world places behind the curated gazetteer', () => {
  it.each([
    ['kerja di pabrik ikan di Sapporo', 'JP'],
    ['stuck in Erbil, sponsor took my passport', 'IQ'],
    ['sekarang kapal di Miami', 'US'],
    ['My friend works for a family in Tai Wai', 'HK'],
    ['Saya PRT di Tseung Kwan O', 'HK'],
    ['saya dikurung di rumah agen di kandal', 'KH'],
    ['dinikahkan dengan laki2 dari Hebei', 'CN'],
    ['di Tarlac Filipina', 'PH'],
  ])('%j names %s', (text, country) => {
    expect(findPlacesInText(text).map((place) => place.country)).toContain(country);
  });

  it.each([
    'kerja di kota ini sudah 2 bulan',
    'gaji bulan ini belum dibayar',
    'I am Indonesian, please help',
    'kami WNI semua disini',
    'saya orang indonesian',
  ])('%j names no place abroad', (text) => {
    expect(findPlacesInText(text).filter((place) => place.country !== 'ID')).toEqual([]);
    expect(findPlacesInText(text).map((place) => place.matched)).not.toContain('indonesian');
  });
});

describe('subdivisions (ISO 3166-2) behind the curated gazetteer', () => {
  it.each([
    ['adik sy kerja di peternakan sapi di Hokkaido', 'JP', 'Hokkaidô'],
    ['we pick mangoes in Queensland, no pay since March', 'AU', 'Queensland'],
    ['suami sy di farm apel Tasmania, paspor dipegang bos', 'AU', 'Tasmania'],
    ['packing daffodils in Lincolnshire, agent keeps our passports', 'GB', 'Lincolnshire'],
    ['kami di pabrik ikan Aberdeenshire sudah 3 bulan', 'GB', 'Aberdeenshire'],
    ['kerja bangunan di Gyeonggi, gaji ditahan', 'KR', 'Gyeonggi-do'],
    ['sy PRT di Al Rayyan, hp diambil', 'QA', 'Al Rayyan'],
    ['majikan saya tinggal di Ar Rayyan', 'QA', 'Al Rayyan'],
    ['pabrik di Shizuoka tidak kasih libur', 'JP', undefined],
  ])('%j names %s', (text, country, area) => {
    const place = findPlacesInText(text).find((found) => found.country === country);
    expect(place?.country).toBe(country);
    if (area) expect(place?.area).toBe(area);
  });

  it('finds curated districts and towns under the population kept from data', () => {
    expect(findPlacesInText('sy kerja di restoran Cheras')[0]).toMatchObject({
      country: 'MY',
      city: 'Kuala Lumpur',
    });
    expect(findPlacesInText('club malam Bukit Bintang')[0]?.country).toBe('MY');
    expect(findPlacesInText('kilang sarung tangan di Perai')[0]?.area).toBe('Penang');
    expect(findPlacesInText('kerja kebun di Odemira')[0]?.country).toBe('PT');
    expect(findPlacesInText('I clean houses in Al Khor')[0]?.country).toBe('QA');
    expect(findPlacesInText('petik apel di farm Kent, paspor ditahan')[0]?.country).toBe('GB');
  });

  it('a short or everyday region name needs "di/ke/in", like a small town', () => {
    // "Saga", "Nara" (JP) and "Victoria" (AU) are words or names in film subtitles too.
    expect(findPlacesInText('kisah saga keluarga kami')).toEqual([]);
    expect(findPlacesInText('victoria teman sekamar saya')).toEqual([]);
    expect(findPlacesInText('nara bilang jangan lapor')).toEqual([]);
    expect(findPlacesInText('kerja di pabrik mobil di Nara')[0]?.country).toBe('JP');
  });

  it('keeps a name shared by regions of several countries out ("Limburg": Netherlands or Belgium)', () => {
    expect(findPlacesInText('kerja di kebun di Limburg')).toEqual([]);
  });
});

describe('a small town named on its own, as a sentence', () => {
  it('counts like an answer to "where?"', () => {
    expect(findPlacesInText('tolong kami tidak boleh keluar dari gudang. Almeria')[0]?.country).toBe('ES');
    expect(findPlacesInText('gaji belum dibayar 4 bulan\nSetubal')[0]?.country).toBe('PT');
  });

  it('but not inside a sentence without "di", nor an everyday word on its own', () => {
    expect(findPlacesInText('gudang Almeria tutup')).toEqual([]);
    expect(findPlacesInText('Thanks. Nice.').filter((place) => place.country === 'FR')).toEqual([]);
  });
});

describe('typo tolerance never reads a word of the language as a misspelt place', () => {
  it.each([
    ['Selamat pagi, anak saya dibawa ke Yordania', 'JO'],
    ['selamat malam pak, saya di Oman', 'OM'],
  ])('%j', (text, country) => {
    expect(findPlacesInText(text).map((place) => place.country)).toEqual([country]);
  });

  it('still reads a real misspelling of a place', () => {
    expect(findPlacesInText('sy kerja di Sihanukville')[0]?.country).toBe('KH');
  });

  it('a rented room ("kosan", "kost") is no place', () => {
    expect(findPlacesInText('dia ditinggal di kosan sendirian')).toEqual([]);
    expect(findPlacesInText('sy tinggal di kost dekat pabrik')).toEqual([]);
  });
});

describe('names as people write them, beyond how the data spells them', () => {
  it.each([
    // Letters NFKD keeps whole: "Łódź" was "odz", "Wrocław" two words.
    ['kerja di pabrik di Łódź', 'PL'],
    ['sy di Wrocław, paspor ditahan', 'PL'],
    ['kami di Sumqayıt sekarang', 'AZ'],
    // The Arabic article as chat writes it, or without it.
    ['saya kerja di Sulaymaniyah', 'IQ'],
    ['majikan tinggal di Al Farwaniyah', 'KW'],
    // "St" for "Saint": the most populous place of either spelling.
    ['I am in St Petersburg now', 'RU'],
    // Territories ISO 3166-2 also lists under another state keep their own code.
    ['kerja di Hong Kong SAR', 'HK'],
    ['sekarang di Nouvelle-Calédonie', 'NC'],
  ])('%j names %s', (text, country) => {
    expect(findPlacesInText(text)[0]?.country).toBe(country);
  });

  it.each([
    'bursa kerja di kantor desa',
    'male nurse wanted, agent lied',
    'we split the money',
    'naik kreta ke kota',
    'Wina teman saya juga belum digaji',
    'tuas rem motor majikan rusak',
    // Words of Indonesian that English lacks, after "di", are not towns abroad named so.
    'sy tidur di kasur sendirian',
    'hp saya di saku, diambil majikan',
    'paspor ada di koper',
    'kami ditinggal di gurun',
    'taruh di rak dapur',
    // A word is not a place glued to "ke": "kerabat" is not "ke Rabat", "kemasan" not "ke Masan".
    'kerabat saya belum digaji',
    'kemasan barang rusak',
  ])('%j names no place', (text) => {
    expect(findPlacesInText(text)).toEqual([]);
  });
});
