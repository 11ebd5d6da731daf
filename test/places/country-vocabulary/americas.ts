import type { RegionWords } from './types.ts';

/** The Americas' main destinations, cruise ports, and the fishing ports and flag states of the Pacific and Atlantic. */
export const AMERICAS: RegionWords = {
  region: 'Americas',
  countries: [
    {
      country: 'US',
      names: ['Amerika', 'Amerika Serikat', 'USA', 'United States', 'America', 'Amerika Syarikat', 'Amrik'],
      places: [
        'New York',
        'Los Angeles',
        'San Francisco',
        'Houston',
        'Chicago',
        'Miami',
        'Seattle',
        'Honolulu',
        'Hawaii',
        'Alaska',
        'Las Vegas',
        'Fort Lauderdale',
      ],
    },
    {
      country: 'CA',
      names: ['Kanada', 'Canada'],
      places: ['Toronto', 'Vancouver', 'Montreal', 'Ottawa', 'Calgary', 'British Columbia'],
    },
    {
      country: 'MX',
      names: ['Meksiko', 'Mexico', 'Mexiko'],
      places: ['Mexico City', 'Cancun', 'Tijuana', 'Guadalajara', 'Monterrey', 'Ensenada'],
    },
    {
      country: 'BR',
      names: ['Brasil', 'Brazil'],
      places: ['Sao Paulo', 'Rio de Janeiro', 'Brasilia', 'Santos', 'Salvador'],
    },
    {
      country: 'AR',
      names: ['Argentina', 'Argentin'],
      places: ['Buenos Aires', 'Mar del Plata', 'Puerto Madryn', 'Ushuaia'],
    },
    {
      country: 'CL',
      names: ['Chili', 'Chile', 'Cile'],
      places: ['Santiago', 'Valparaiso', 'Punta Arenas', 'Talcahuano'],
    },
    {
      country: 'PE',
      names: ['Peru'],
      places: ['Lima', 'Callao', 'Paita', 'Chimbote'],
    },
    {
      country: 'UY',
      names: ['Uruguay', 'Uruguai'],
      places: ['Montevideo'],
    },
    {
      country: 'EC',
      names: ['Ekuador', 'Ecuador'],
      places: ['Quito', 'Guayaquil', 'Manta', 'Galapagos'],
    },
    {
      country: 'CO',
      names: ['Kolombia', 'Colombia'],
      places: ['Bogota', 'Medellin', 'Cartagena', 'Cali'],
    },
    {
      country: 'PA',
      names: ['Panama'],
      places: ['Panama City', 'Balboa', 'Colon'],
    },
    {
      country: 'VE',
      names: ['Venezuela'],
      places: ['Caracas'],
    },
    {
      country: 'BS',
      names: ['Bahama', 'Bahamas'],
      places: ['Nassau'],
    },
    {
      country: 'JM',
      names: ['Jamaika', 'Jamaica'],
      places: ['Kingston', 'Montego Bay'],
    },
    {
      country: 'TT',
      names: ['Trinidad dan Tobago', 'Trinidad and Tobago', 'Trinidad'],
      places: ['Port of Spain'],
    },
    {
      country: 'BZ',
      names: ['Belize'],
      places: ['Belize City', 'Belmopan'],
    },
    {
      country: 'FK',
      names: ['Kepulauan Falkland', 'Falkland Islands', 'Falklands', 'Malvinas'],
      places: ['Port Stanley'],
    },
  ],
  noPlace: [
    'santos yang jemput saya di bandara',
    'kingston merk flashdisk saya rusak',
    'i need help with my contract, agent does not answer',
    'lima orang teman saya juga tidak digaji',
    'salvador teman kerja saya dipukul',
  ],
};
