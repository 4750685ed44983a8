/** A body's published answers (/organ/:slug/spoergsmaal): the open parts only, never who asked. */

import { QUESTION_MESSAGES } from '../../messages/questions.js';
import { Breadcrumbs } from '../components.js';
import { FollowForm, type FollowFormProps } from '../follow-form.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
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
  /** Follow the body's published answers by e-mail. */
  follow?: FollowFormProps;
}) {
  const { answers: m, question } = QUESTION_MESSAGES[usePage().lang];
  const title = m.title(body.name);
  return (
    <Layout title={title} alternates={[{ href: `${body.href}/spoergsmaal.atom`, type: 'application/atom+xml', title }]}>
      <div>
        <Breadcrumbs items={[{ label: body.name, href: body.href }, { label: m.crumb }]} />
        <h1>{title}</h1>
        <p class="font-lead">
          {m.lead} <a href={`${body.href}/statistik`}>{m.statistics}</a>.
        </p>
        {!publishes ? (
          <p>{m.notPublishing(body.name)}</p>
        ) : answers.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          answers.map((answer) => (
            <article class="public-answer" id={answer.anchor}>
              <h2>{answer.title}</h2>
              <p class="muted">{m.meta(answer.addresseeLabel, answer.receivedText, answer.answeredText)}</p>
              <h3>{question.theQuestion}</h3>
              <Paragraphs text={answer.text} />
              <h3>{question.answer}</h3>
              {answer.openParts.map((part) => (
                <Paragraphs text={part} />
              ))}
              {answer.hasConfidentialParts ? <p class="muted">{m.confidential}</p> : null}
            </article>
          ))
        )}
        {publishes ? (
          <p class="feed-link">
            <a href={`${body.href}/spoergsmaal.atom`} type="application/atom+xml">
              {m.feed}
            </a>
          </p>
        ) : null}
      </div>
      {follow && publishes ? <FollowForm {...follow} /> : null}
    </Layout>
  );
}
