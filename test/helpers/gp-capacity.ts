/** GP capacity boards (lægedækning) for tests: a board of Sundhedsråd Sønderjylland as CSV. */

export const GP_COUNCIL = 'region-syddanmark--sundhedsraad-soenderjylland';

const HEADER =
  'sundhedsråd;mulige_læger;kilde;dato;område;ydernummer;navn;læger;kapacitet;tilmeldte;åben;vakant_fra;ejere';

/** One row of GP_CSV's council (the board's fields as in GP_CSV unless given). */
export function gpRow(cells: {
  area: string;
  number: string;
  name: string;
  gps: string;
  capacity: string;
  patients: string;
  open: string;
  vacantFrom?: string;
  owners?: string;
  council?: string;
  possible?: string;
  dataOn?: string;
}): string {
  return [
    cells.council ?? GP_COUNCIL,
    cells.possible ?? '12',
    'Fordelingsmodellen 2026',
    cells.dataOn ?? '2026-03-01',
    cells.area,
    cells.number,
    cells.name,
    cells.gps,
    cells.capacity,
    cells.patients,
    cells.open,
    cells.vacantFrom ?? '',
    cells.owners ?? '',
  ].join(';');
}

/** Two planning areas, four practices (one vacant since 15 January 2026), nine GPs of twelve possible. */
export const GP_ROWS = [
  gpRow({
    area: 'Tønder',
    number: '012345',
    name: 'Lægerne i Tønder',
    gps: '3',
    capacity: '4.800',
    patients: '4.750',
    open: 'nej',
    owners: 'Anna Holm|Bo Ravn',
  }),
  gpRow({
    area: 'Tønder',
    number: '012346',
    name: 'Lægehuset Skærbæk',
    gps: '0',
    capacity: '1.600',
    patients: '0',
    open: 'nej',
    vacantFrom: '2026-01-15',
  }),
  gpRow({
    area: 'Aabenraa',
    number: '023456',
    name: 'Lægehuset Rødekro',
    gps: '4',
    capacity: '6.400',
    patients: '6.000',
    open: 'ja',
    owners: 'Anna Holm',
  }),
  gpRow({
    area: 'Aabenraa',
    number: '023457',
    name: 'Lægen i Løjt',
    gps: '2',
    capacity: '3.200',
    patients: '2.900',
    open: 'ja',
  }),
];

export const GP_CSV = [HEADER, ...GP_ROWS].join('\r\n');

export const GP_HEADER = HEADER;
