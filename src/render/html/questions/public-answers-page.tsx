/** A body's published answers (/organ/:slug/spoergsmaal): the open parts only, never who asked. */
import { Breadcrumbs } from '../components.js';
import { FollowForm, type FollowFormProps } from '../follow-form.js';
import { Layout } from '../layout.js';
import { type BodyLink, Paragraphs } from './question-views.js';

export interface PublicAnswerView {
  anchor: string;
  title: string;
  text: string;
  addresseeLabel: string;
  receivedText: string;
  answeredText: string;
  openParts: string[];
  hasConfidentialParts: boolean;
}

export function PublicAnswersPage({
  body,
  publishes,
  answers,
  follow,
}: {
  body: BodyLink;
  publishes: boolean;
  answers: PublicAnswerView[];
  /** "Følg" the body's published answers by e-mail. */
  follow?: FollowFormProps;
}) {
  const title = `Spørgsmål og svar – ${body.name}`;
  return (
    <Layout title={title} alternates={[{ href: `${body.href}/spoergsmaal.atom`, type: 'application/atom+xml', title }]}>
      <div lang="da">
        <Breadcrumbs items={[{ label: body.name, href: body.href }, { label: 'Spørgsmål og svar' }]} />
        <h1>{title}</h1>
        <p class="font-lead">
          Medlemmernes spørgsmål i spørgeordningen og administrationens svar.{' '}
          <a href={`${body.href}/statistik`}>Se statistikken</a>.
        </p>
        {!publishes ? (
          <p>{body.name} offentliggør ikke svarene i spørgeordningen på portalen.</p>
        ) : answers.length === 0 ? (
          <p>Ingen offentliggjorte svar endnu.</p>
        ) : (
          answers.map((answer) => (
            <article class="public-answer" id={answer.anchor}>
              <h2>{answer.title}</h2>
              <p class="muted">
                Til {answer.addresseeLabel.toLowerCase()} · modtaget {answer.receivedText} · besvaret{' '}
                {answer.answeredText}
              </p>
              <h3>Spørgsmålet</h3>
              <Paragraphs text={answer.text} />
              <h3>Svar</h3>
              {answer.openParts.map((part) => (
                <Paragraphs text={part} />
              ))}
              {answer.hasConfidentialParts ? (
                <p class="muted">Svaret har desuden fortrolige dele, som ikke offentliggøres.</p>
              ) : null}
            </article>
          ))
        )}
        {publishes ? (
          <p class="feed-link">
            <a href={`${body.href}/spoergsmaal.atom`} type="application/atom+xml">
              Følg nye svar (Atom-feed)
            </a>
          </p>
        ) : null}
      </div>
      {follow && publishes ? <FollowForm {...follow} /> : null}
    </Layout>
  );
}
