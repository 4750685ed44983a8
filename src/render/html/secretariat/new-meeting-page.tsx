/** /sekretariat/organ/:slug/moeder/ny: a new meeting of a body. */
import { ErrorSummary, PostForm, type Problem, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { MeetingFields, type MeetingFormValues } from './meeting-fields.js';
import { SecretariatCrumbs } from './shared.js';

export interface NewMeetingPageProps {
  csrfToken: string;
  body: { name: string; slug: string };
  action: string;
  values: MeetingFormValues;
  problems: Problem[];
}

export function NewMeetingPage({ csrfToken, body, action, values, problems }: NewMeetingPageProps) {
  return (
    <Layout title={`Nyt møde – ${body.name}`}>
      <SecretariatCrumbs items={[{ label: `Nyt møde i ${body.name}` }]} />
      <h1>Nyt møde i {body.name}</h1>
      <ErrorSummary problems={problems} />
      <p>
        Mødet vises i den offentlige mødekalender med dato og sted, så snart det er oprettet. Dagsordenen bliver først
        offentlig, når du offentliggør den.
      </p>
      <PostForm action={action} csrfToken={csrfToken}>
        <MeetingFields values={values} problems={problems} />
        <SubmitGroup>Opret mødet</SubmitGroup>
      </PostForm>
    </Layout>
  );
}
