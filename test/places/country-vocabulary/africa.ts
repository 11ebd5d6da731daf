import type { RegionWords } from './types.ts';

/** Africa's coasts where fishing crews land, transship or are abandoned, and a few capitals with Indonesian workers. */
export const AFRICA: RegionWords = {
  region: 'Africa (ports and flag states)',
  countries: [
    {
      country: 'ZA',
      names: ['Afrika Selatan', 'South Africa', 'Afsel'],
      places: ['Cape Town', 'Capetown', 'Durban', 'Johannesburg', 'Pretoria', 'Port Elizabeth', 'Gqeberha'],
    },
    {
      country: 'NA',
      names: ['Namibia'],
      places: ['Windhoek', 'Walvis Bay', 'Luderitz'],
    },
    {
      country: 'MU',
      names: ['Mauritius', 'Mauritus', 'Moritius'],
      places: ['Port Louis'],
    },
    {
      country: 'SC',
      names: ['Seychelles', 'Seychelle', 'Seisel'],
      places: ['Mahe', 'Port Victoria'],
    },
    {
      country: 'MG',
      names: ['Madagaskar', 'Madagascar'],
      places: ['Antananarivo', 'Toamasina'],
    },
    {
      country: 'RE',
      names: ['Reunion', 'La Reunion', 'Pulau Reunion'],
      places: ['Saint Denis', 'Le Port'],
    },
    {
      country: 'MZ',
      names: ['Mozambik', 'Mozambique'],
      places: ['Maputo', 'Beira', 'Nacala'],
    },
    {
      country: 'KE',
      names: ['Kenya', 'Kenia'],
      places: ['Nairobi', 'Mombasa'],
    },
    {
      country: 'TZ',
      names: ['Tanzania'],
      places: ['Dar es Salaam', 'Zanzibar', 'Dodoma'],
    },
    {
      country: 'SO',
      names: ['Somalia', 'Somali', 'Somaliland', 'Puntland'],
      places: ['Mogadishu', 'Mogadisu', 'Bosaso', 'Berbera', 'Kismayo', 'Eyl'],
    },
    {
      country: 'DJ',
      names: ['Djibouti', 'Jibuti'],
      places: ['Kota Djibouti'],
    },
    {
      country: 'ET',
      names: ['Etiopia', 'Ethiopia'],
      places: ['Addis Ababa'],
    },
    {
      country: 'SN',
      names: ['Senegal'],
      places: ['Dakar'],
    },
    {
      country: 'CV',
      names: ['Tanjung Verde', 'Cape Verde', 'Cabo Verde'],
      places: ['Praia', 'Mindelo'],
    },
    {
      country: 'MR',
      names: ['Mauritania'],
      places: ['Nouakchott', 'Nouadhibou'],
    },
    {
      country: 'GH',
      names: ['Ghana'],
      places: ['Accra', 'Tema', 'Takoradi'],
    },
    {
      country: 'CI',
      names: ['Pantai Gading', 'Ivory Coast', "Cote d'Ivoire"],
      places: ['Abidjan'],
    },
    {
      country: 'NG',
      names: ['Nigeria'],
      places: ['Lagos', 'Abuja', 'Port Harcourt'],
    },
    {
      country: 'LR',
      names: ['Liberia'],
      places: ['Monrovia'],
    },
    {
      country: 'SL',
      names: ['Sierra Leone'],
      places: ['Freetown'],
    },
    {
      country: 'AO',
      names: ['Angola'],
      places: ['Luanda'],
    },
  ],
  noPlace: [
    'tema acaranya apa ya, saya mau tanya soal kontrak',
    'victoria bilang gaji bulan depan',
    'kapten kapal orang somali, bawa senjata',
  ],
};
