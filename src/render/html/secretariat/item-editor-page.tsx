/**
 * /sekretariat/punkt/:id: the item editor. Title, time slot, case number, closed flag and the
 * typed sections in Markdown, with a preview that is a server round trip ("Vis forhåndsvisning");
 * the decision with its outcome, dissents and absentees; the attachments. All of it is one form
 * (`editor=1`): every button sends every field, so nothing typed is lost whichever is pressed. It
 * names the item's revision: a stale one gives the 409 conflict panel with the user's text kept.
 */
import { DECISION_OUTCOMES } from '../../../domain/decision.js';
import { LABELS } from '../../i18n.js';
import { Checkbox, describedBy, errorLookup, FieldGroup, fieldsOf, Select, TextArea, TextField } from '../fields.js';
import { Notice, PageAlerts, PostForm, type Problem, SubmitButton, SubmitGroup } from '../forms.js';
import { ClosedBadge } from '../item-content.js';
import { Layout } from '../layout.js';
import { Markdown } from '../markdown.js';
import { DataTable } from '../tables.js';
import { ConflictPanel, type ConflictRow, SecretariatCrumbs, UnsavedChangesScript } from './shared.js';

export interface ItemFormValues {
  title: string;
  timeSlot: string;
  caseNumber: string;
  isClosed: boolean;
  sections: { kind: string; label: string; value: string }[];
}

export interface DecisionFormValues {
  text: string;
  /** '' for "derived from the text". */
  outcome: string;
  dissents: string;
  absentees: string;
}

export interface ItemEditorPageProps {
  csrfToken: string;
  meeting: { title: string; builderHref: string };
  item: { number: number; revision: number };
  isEditable: boolean;
  actions: { save: string; decision: string; upload: string };
  form: ItemFormValues;
  decision: DecisionFormValues;
  /** What the decision will be published as (outcome derived or chosen, parts, dissents). */
  decisionSummary: { outcomeLabel: string; parts: string[]; dissents: string[] } | null;
  attachments: {
    title: string;
    fileName: string;
    typeLabel: string;
    sizeText: string;
    isClosed: boolean;
    href: string;
    removeAction: string;
  }[];
  /** A new attachment's title and closedness as typed (kept when the page comes back without adding it). */
  upload: { title: string; isClosed: boolean };
  /** The preview of the submitted text (not saved). */
  preview: { title: string; sections: { heading: string; text: string }[] } | null;
  notice?: string;
  problems: Problem[];
  conflict?: { rows: ConflictRow[]; what: string } | null;
}

export function ItemEditorPage(props: ItemEditorPageProps) {
  const { isEditable } = props;
  const heading = `Punkt ${props.item.number}: ${props.form.title}`;
  return (
    <Layout title={`${heading} – Sekretariat`}>
      <SecretariatCrumbs
        items={[
          { label: props.meeting.title, href: props.meeting.builderHref },
          { label: `Punkt ${props.item.number}` },
        ]}
      />
      <h1>
        {heading}
        {props.form.isClosed ? (
          <>
            {' '}
            <ClosedBadge />
          </>
        ) : null}
      </h1>
      <PageAlerts notice={props.notice} problems={props.problems} />
      {props.conflict ? <ConflictPanel rows={props.conflict.rows} what={props.conflict.what} /> : null}
      {!isEditable ? <Notice kind="info">Mødet kan ikke længere ændres.</Notice> : null}
      <p>
        <a href={props.meeting.builderHref}>Tilbage til dagsordenen</a>
      </p>

      {props.preview ? <Preview preview={props.preview} /> : null}

      <PostForm
        action={props.actions.save}
        csrfToken={props.csrfToken}
        enctype="multipart/form-data"
        class="keep-work"
        hidden={{ editor: '1', revision: String(props.item.revision) }}
      >
        <h2>Punktets tekst</h2>
        <ItemFields {...props} />

        <h2 id="beslutning">Beslutning og fravær</h2>
        <p>Beslutningen offentliggøres med referatet, ikke med dagsordenen.</p>
        {props.decisionSummary ? <DecisionSummary summary={props.decisionSummary} /> : null}
        <DecisionFields {...props} />

        <h2 id="bilag">Bilag</h2>
        <Attachments {...props} />
        {isEditable ? <UploadFields {...props} /> : null}
      </PostForm>
      <UnsavedChangesScript />
    </Layout>
  );
}

function Preview({ preview }: { preview: NonNullable<ItemEditorPageProps['preview']> }) {
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">Forhåndsvisning (ikke gemt)</h2>
      <div class="preview-body" lang="da">
        <p class="preview-title">
          <strong>{preview.title}</strong>
        </p>
        {preview.sections.map((section) => (
          <div class="item-section">
            <h3>{section.heading}</h3>
            <Markdown text={section.text} />
          </div>
        ))}
      </div>
    </section>
  );
}

function ItemFields(props: ItemEditorPageProps) {
  const { form, isEditable, problems } = props;
  const field = fieldsOf(form, problems);
  return (
    <>
      <TextField {...field('title')} label="Titel" required maxlength={500} />
      <TextField {...field('timeSlot')} label="Tidspunkt (valgfrit)" hint="Fx 16.30-17.00." />
      <TextField
        {...field('caseNumber')}
        label="Sagsnummer (valgfrit)"
        hint="Som sagssystemet skriver det, fx 25/53155."
        maxlength={100}
      />
      <Checkbox
        id="isClosed"
        label="Lukket punkt – indholdet vises kun for organets medlemmer og sekretariatet, ikke offentligt"
        checked={form.isClosed}
        hint="Offentligheden ser kun punktets nummer og titel. Punktets afsnit, beslutning og bilag vises ikke på portalen, i søgningen, i feeds eller i åbne data."
      />
      <p class="form-hint" id="markdown-hint">
        Afsnittene skrives i Markdown: en tom linje mellem afsnit, »- « foran punkter i en liste, og links som
        [tekst](https://…). Tomme afsnit kommer ikke med.
      </p>
      {form.sections.map((section) => (
        <TextArea
          id={`section-${section.kind}`}
          label={section.label}
          value={section.value}
          rows={section.kind === 'case_presentation' ? 12 : 5}
          error={errorLookup(problems)(`section-${section.kind}`)}
        />
      ))}
      <div class="form-group button-row">
        <SubmitButton name="action" value="save" disabled={!isEditable}>
          Gem punktet
        </SubmitButton>{' '}
        <SubmitButton kind="secondary" name="action" value="preview">
          Vis forhåndsvisning
        </SubmitButton>
      </div>
    </>
  );
}

function DecisionSummary({ summary }: { summary: NonNullable<ItemEditorPageProps['decisionSummary']> }) {
  return (
    <div class="decision-summary">
      <p>
        Udfald: <strong>{summary.outcomeLabel}</strong>
      </p>
      <SummaryList intro="Delbeslutninger:" entries={summary.parts} />
      <SummaryList intro="Mindretal og forbehold:" entries={summary.dissents} />
    </div>
  );
}

/** A list of the decision summary's, after its introduction; nothing when empty. */
function SummaryList({ intro, entries }: { intro: string; entries: string[] }) {
  if (entries.length === 0) return null;
  return (
    <>
      <p>{intro}</p>
      <ul>
        {entries.map((entry) => (
          <li>{entry}</li>
        ))}
      </ul>
    </>
  );
}

function DecisionFields(props: ItemEditorPageProps) {
  const { isEditable, problems } = props;
  return (
    <>
      <TextArea
        id="decision"
        label="Beslutning"
        value={props.decision.text}
        rows={5}
        hint="Som den skal stå i referatet, fx »Godkendt.«. Delbeslutninger på hver sin linje: »Ad 1 – Tiltrådt.«, »Ad 2 – Udsat.«"
        error={errorLookup(problems)('decision')}
      />
      <Select
        id="outcome"
        label="Udfald"
        value={props.decision.outcome}
        options={[
          { value: '', label: 'Læs udfaldet af beslutningens tekst' },
          ...DECISION_OUTCOMES.map((outcome) => ({ value: outcome, label: LABELS.da.outcome[outcome] })),
        ]}
      />
      <TextArea
        id="dissents"
        label="Mindretal og forbehold (valgfrit)"
        value={props.decision.dissents}
        rows={3}
        hint="Én pr. linje. Tomt: læses af beslutningens tekst (»… kunne ikke tiltræde …«)."
      />
      <TextArea
        {...fieldsOf(props.decision, problems)('absentees')}
        label="Fraværende under punktet"
        rows={3}
        hint="Én pr. linje: navn, eventuelt efterfulgt af komma og rolle."
      />
      <p class="form-hint">»Gem beslutningen« gemmer også punktets tekst ovenfor.</p>
      <SubmitGroup name="action" value="decision" disabled={!isEditable}>
        Gem beslutningen
      </SubmitGroup>
    </>
  );
}

function Attachments(props: ItemEditorPageProps) {
  const { form, isEditable } = props;
  return (
    <>
      {props.attachments.length === 0 ? (
        <p>Punktet har ingen bilag.</p>
      ) : (
        <DataTable caption="Punktets bilag" head={['Bilag', 'Fil', 'Adgang', 'Fjern']}>
          {props.attachments.map((attachment) => (
            <tr>
              <th scope="row">
                <a href={attachment.href}>{attachment.title}</a>
              </th>
              <td>
                {attachment.fileName} ({attachment.typeLabel}, {attachment.sizeText})
              </td>
              <td>{attachment.isClosed || form.isClosed ? 'Kun medlemmer' : 'Offentligt'}</td>
              <td>
                {isEditable ? (
                  <SubmitButton
                    kind="tertiary"
                    formaction={attachment.removeAction}
                    accessibleLabel={`Fjern bilaget ${attachment.title}`}
                  >
                    Fjern
                  </SubmitButton>
                ) : (
                  '–'
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

function UploadFields(props: ItemEditorPageProps) {
  const { problems } = props;
  const file = {
    id: 'file',
    label: 'Fil',
    hint: 'PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), PNG, JPEG eller tekst (TXT), højst 25 MB.',
    error: errorLookup(problems)('file'),
  };
  return (
    <>
      <h3>Tilføj et bilag</h3>
      <FieldGroup {...file}>
        <input
          class="form-file-input"
          id="file"
          name="file"
          type="file"
          accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt"
          aria-describedby={describedBy(file.id, file.hint, file.error)}
        />
      </FieldGroup>
      <TextField
        id="attachmentTitle"
        label="Bilagets titel (valgfri)"
        hint="Tom: filens navn."
        maxlength={500}
        value={props.upload.title}
      />
      <Checkbox
        id="attachmentClosed"
        label="Lukket bilag (kun for organets medlemmer)"
        checked={props.upload.isClosed}
      />
      <p class="form-hint">»Tilføj bilag« gemmer også punktets tekst og beslutningen.</p>
      <SubmitGroup kind="secondary" formaction={props.actions.upload}>
        Tilføj bilag
      </SubmitGroup>
    </>
  );
}
