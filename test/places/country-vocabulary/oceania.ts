import type { RegionWords } from './types.ts';

/** Australia, New Zealand and the Pacific island states: farms, pearling, and the tuna fleets' ports. */
export const OCEANIA: RegionWords = {
  region: 'Oceania and the Pacific',
  countries: [
    {
      country: 'AU',
      names: ['Australia', 'Aussie', 'Ostrali', 'Australi', 'Autralia'],
      places: [
        'Sydney',
        'Melbourne',
        'Perth',
        'Brisbane',
        'Adelaide',
        'Darwin',
        'Canberra',
        'Queensland',
        'Tasmania',
        'Broome',
        'Cairns',
        'Bundaberg',
        'Mildura',
      ],
    },
    {
      country: 'NZ',
      names: ['Selandia Baru', 'New Zealand', 'Newzealand', 'NZ', 'Aotearoa', 'Niu Zealand'],
      places: ['Auckland', 'Wellington', 'Christchurch', 'Nelson', 'Tauranga', 'Dunedin'],
    },
    {
      country: 'PG',
      names: ['Papua Nugini', 'Papua New Guinea', 'PNG', 'Papua Niugini'],
      places: ['Port Moresby', 'Lae', 'Madang', 'Wewak', 'Rabaul', 'Vanimo'],
    },
    {
      country: 'FJ',
      names: ['Fiji', 'Fiji Islands', 'Kepulauan Fiji'],
      places: ['Suva', 'Lautoka', 'Nadi', 'Levuka'],
    },
    {
      country: 'SB',
      names: ['Kepulauan Solomon', 'Solomon Islands', 'Solomon'],
      places: ['Honiara', 'Noro'],
    },
    {
      country: 'VU',
      names: ['Vanuatu'],
      places: ['Port Vila', 'Luganville'],
    },
    {
      country: 'NC',
      names: ['Kaledonia Baru', 'New Caledonia', 'Nouvelle Caledonie'],
      places: ['Noumea'],
    },
    {
      country: 'PF',
      names: ['Polinesia Prancis', 'French Polynesia', 'Tahiti'],
      places: ['Papeete'],
    },
    {
      country: 'WS',
      names: ['Samoa'],
      places: ['Apia'],
    },
    {
      country: 'AS',
      names: ['Samoa Amerika', 'American Samoa'],
      places: ['Pago Pago'],
    },
    {
      country: 'TO',
      names: ['Tonga'],
      places: ["Nuku'alofa", 'Nukualofa'],
    },
    {
      country: 'KI',
      names: ['Kiribati'],
      places: ['Tarawa', 'South Tarawa', 'Kiritimati'],
    },
    {
      country: 'TV',
      names: ['Tuvalu'],
      places: ['Funafuti'],
    },
    {
      country: 'NR',
      names: ['Nauru'],
      places: ['Yaren'],
    },
    {
      country: 'MH',
      names: ['Kepulauan Marshall', 'Marshall Islands', 'Marshall'],
      places: ['Majuro', 'Ebeye'],
    },
    {
      country: 'FM',
      names: ['Mikronesia', 'Micronesia', 'Federated States of Micronesia'],
      places: ['Pohnpei', 'Kosrae', 'Chuuk', 'Yap'],
    },
    {
      country: 'PW',
      names: ['Palau'],
      places: ['Koror', 'Ngerulmud'],
    },
    {
      country: 'GU',
      names: ['Guam'],
      places: ['Hagatna', 'Tamuning'],
    },
    {
      country: 'MP',
      names: ['Kepulauan Mariana Utara', 'Northern Mariana Islands', 'Saipan'],
      places: ['Tinian'],
    },
    {
      country: 'CK',
      names: ['Kepulauan Cook', 'Cook Islands'],
      places: ['Rarotonga', 'Avarua'],
    },
  ],
  noPlace: [
    'nelson teman saya yang kasih nomor ini',
    'hamilton bilang saya harus bayar utang dulu',
    'tolong, kami dipaksa kerja tanpa libur',
    'gaji dipotong terus sama agen',
  ],
};
