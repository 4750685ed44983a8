/** The meeting's own fields (date, times, place, kind), on the new-meeting page and in the builder. */
import { Select, TextField } from '../forms.js';

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

export function MeetingFields({
  values,
  errorOf,
}: {
  values: MeetingFormValues;
  errorOf: (field: string) => string | undefined;
}) {
  return (
    <>
      <TextField id="heldOn" label="Dato" type="date" value={values.heldOn} required error={errorOf('heldOn')} />
      <TextField
        id="startTime"
        label="Starttidspunkt"
        type="time"
        value={values.startTime}
        hint="Fx 16:00."
        error={errorOf('startTime')}
      />
      <TextField
        id="endTime"
        label="Sluttidspunkt (valgfrit)"
        type="time"
        value={values.endTime}
        error={errorOf('endTime')}
      />
      <TextField
        id="location"
        label="Sted"
        value={values.location}
        hint="Et mødelokale med adresse, eller fx »Teams« eller »Video« for et onlinemøde."
        maxlength={300}
        error={errorOf('location')}
      />
      <Select id="kind" label="Mødetype" value={values.kind} options={MEETING_KIND_OPTIONS} error={errorOf('kind')} />
    </>
  );
}
