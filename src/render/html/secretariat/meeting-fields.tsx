/** The meeting's own fields (date, times, place, kind), on the new-meeting page and in the builder. */
import { fieldsOf, Select, TextField } from '../fields.js';
import type { Problem } from '../forms.js';

export interface MeetingFormValues {
  heldOn: string;
  startTime: string;
  endTime: string;
  location: string;
  kind: string;
}

export const MEETING_KIND_OPTIONS = [
  { value: 'ordinary', label: 'Ordinært møde' },
  { value: 'extraordinary', label: 'Ekstraordinært møde' },
  { value: 'seminar', label: 'Seminar' },
  { value: 'conference', label: 'Konference' },
  { value: 'visit', label: 'Besøg' },
];

export function MeetingFields({ values, problems }: { values: MeetingFormValues; problems: Problem[] }) {
  const field = fieldsOf(values, problems);
  return (
    <>
      <TextField {...field('heldOn')} label="Dato" type="date" required />
      <TextField {...field('startTime')} label="Starttidspunkt" type="time" hint="Fx 16:00." />
      <TextField {...field('endTime')} label="Sluttidspunkt (valgfrit)" type="time" />
      <TextField
        {...field('location')}
        label="Sted"
        hint="Et mødelokale med adresse, eller fx »Teams« eller »Video« for et onlinemøde."
        maxlength={300}
      />
      <Select {...field('kind')} label="Mødetype" options={MEETING_KIND_OPTIONS} />
    </>
  );
}
