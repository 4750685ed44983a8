/**
 * The secretariat's new frame (/sekretariat/rammer/ny): what the money is, whose it is, who decided
 * it (and by which item), the total as Danes write it, the years and the key that shares it. On a
 * problem the page comes back with what was typed and each bad field named.
 */
import { Breadcrumbs } from '../components.js';
import { fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { ErrorSummary, PostForm, type Problem, SubmitButton } from '../forms.js';
import { Layout } from '../layout.js';
import { SECRETARIAT_LINKS, WorkNav } from '../questions/work-nav.js';

export interface NewFrameValues {
  title: string;
  purpose: string;
  conditions: string;
  owner: string;
  body: string;
  decision: string;
  total: string;
  fromYear: string;
  toYear: string;
  key: string;
}

export interface Choice {
  value: string;
  label: string;
}

export function NewFramePage({
  values,
  problems = [],
  owners,
  bodies,
  keys,
  csrfToken,
}: {
  values: NewFrameValues;
  problems?: Problem[];
  owners: Choice[];
  bodies: Choice[];
  keys: Choice[];
  csrfToken: string;
}) {
  const field = fieldsOf(values, problems);
  const choose = { value: '', label: 'Vælg …' };
  return (
    <Layout title="Ny ramme">
      <div lang="da">
        <WorkNav links={SECRETARIAT_LINKS} current="/sekretariat/rammer/ny" label="Sekretariatet" />
        <Breadcrumbs items={[{ label: 'Rammer', href: '/rammer' }, { label: 'Ny ramme' }]} />
        <h1>Ny ramme</h1>
        <p class="font-lead">
          En ramme er penge, som et organ har afsat. Den fordeles på modtagerne efter en fordelingsnøgle, nøjagtigt til
          øret, når den oprettes.
        </p>
        <ErrorSummary problems={problems} />
        <PostForm action="/sekretariat/rammer" csrfToken={csrfToken}>
          <TextField {...field('title')} label="Titel" hint="Fx »Kulturprojekter på sundhedsområdet 2026«." required />
          <TextArea {...field('purpose')} label="Formål" rows={3} required />
          <TextArea
            {...field('conditions')}
            label="Vilkår (valgfrit)"
            hint="Fx »Projekterne afrapporterer en årlig status til sundhedsrådet«."
            rows={3}
          />
          <Select {...field('owner')} label="Udgiver (hvis penge)" options={[choose, ...owners]} required />
          <Select {...field('body')} label="Besluttet af (organ)" options={[choose, ...bodies]} required />
          <TextField
            {...field('decision')}
            label="Beslutningen (valgfrit)"
            hint="Punktets adresse, fx /punkt/1234: et punkt på et af organets møder."
          />
          <TextField
            {...field('total')}
            label="Beløb"
            hint="Som man skriver det: 2,5 mio. kr., 487.500 kr. eller 1.000,50 kr."
            required
          />
          <TextField {...field('fromYear')} label="Fra år" hint="Fx 2026." required />
          <TextField {...field('toYear')} label="Til og med år" hint="Samme år for ét år." required />
          <Select
            {...field('key')}
            label="Fordelingsnøgle"
            hint="Nøgler indlæses med protokol key import FIL."
            options={[choose, ...keys]}
            required
          />
          <SubmitButton>Opret og fordel rammen</SubmitButton>
        </PostForm>
      </div>
    </Layout>
  );
}
