import type { RegionWords } from './types.ts';

/** South Asia (the Maldives' resorts, Sri Lanka's ports), Central Asia and the Caucasus (scam offices in Georgia). */
export const SOUTH_AND_CENTRAL_ASIA: RegionWords = {
  region: 'South and Central Asia, Caucasus',
  countries: [
    {
      country: 'IN',
      names: ['India', 'Hindustan'],
      places: [
        'New Delhi',
        'Mumbai',
        'Bombay',
        'Chennai',
        'Kolkata',
        'Bangalore',
        'Bengaluru',
        'Hyderabad',
        'Kochi',
      ],
    },
    {
      country: 'PK',
      names: ['Pakistan', 'pakistn'],
      places: ['Karachi', 'Lahore', 'Islamabad', 'Peshawar'],
    },
    {
      country: 'BD',
      names: ['Bangladesh', 'Banglades', 'bangladeh'],
      places: ['Dhaka', 'Chittagong', 'Chattogram', 'Sylhet'],
    },
    {
      country: 'LK',
      names: ['Sri Lanka', 'Srilanka', 'Ceylon', 'srilangka'],
      places: ['Colombo', 'Kandy', 'Galle', 'Negombo', 'Jaffna'],
    },
    {
      country: 'NP',
      names: ['Nepal'],
      places: ['Kathmandu', 'Pokhara'],
    },
    {
      country: 'BT',
      names: ['Bhutan'],
      places: ['Thimphu'],
    },
    {
      country: 'MV',
      names: ['Maladewa', 'Maldives', 'Maldive', 'Maldiv', 'Maldivs', 'Kepulauan Maladewa'],
      places: ['Male', 'Hulhumale', 'Addu', 'Maafushi', 'Baa Atoll'],
    },
    {
      country: 'AF',
      names: ['Afganistan', 'Afghanistan'],
      places: ['Kabul', 'Kandahar', 'Herat'],
    },
    {
      country: 'KZ',
      names: ['Kazakhstan', 'Kazakstan', 'Kazakhtan'],
      places: ['Astana', 'Almaty', 'Shymkent'],
    },
    {
      country: 'UZ',
      names: ['Uzbekistan', 'Uzbekistn'],
      places: ['Tashkent', 'Samarkand', 'Bukhara'],
    },
    {
      country: 'KG',
      names: ['Kirgizstan', 'Kyrgyzstan', 'Kirgistan'],
      places: ['Bishkek', 'Osh'],
    },
    {
      country: 'TJ',
      names: ['Tajikistan', 'Tadjikistan'],
      places: ['Dushanbe'],
    },
    {
      country: 'TM',
      names: ['Turkmenistan'],
      places: ['Ashgabat'],
    },
    {
      country: 'GE',
      names: ['Georgia', 'negara Georgia', 'Gruzia'],
      places: ['Tbilisi', 'Batumi', 'Kutaisi', 'Rustavi'],
    },
    {
      country: 'AM',
      names: ['Armenia'],
      places: ['Yerevan', 'Gyumri'],
    },
    {
      country: 'AZ',
      names: ['Azerbaijan', 'Azerbaijn', 'Azerbaidjan'],
      places: ['Baku', 'Sumqayit'],
    },
  ],
  noPlace: [
    'denyut nadi saya lemah, tolong kirim ambulans',
    'male nurse wanted, agent lied about the job',
    'saya disuruh kerja 18 jam sehari, ganja dijual di tempat kerja',
    'oh my god please help',
  ],
};
