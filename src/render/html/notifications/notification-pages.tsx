/** /notifikationer (the in-app list) and /indstillinger/notifikationer (what each person wants). */
import { CheckboxItem } from '../fields.js';
import { ButtonForm, Notice, PostForm, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { MEMBER_LINKS, WorkNav } from '../questions/work-nav.js';

export interface NotificationView {
  id: number;
  subject: string;
  text: string;
  href: string;
  reason: string;
  createdText: string;
  isRead: boolean;
  /** "E-mail sendt", "E-mail sendes", "E-mail kunne ikke sendes" … */
  emailText: string | null;
}

export function NotificationsPage({
  notifications,
  csrfToken,
}: {
  notifications: NotificationView[];
  csrfToken: string;
}) {
  const unread = notifications.filter((n) => !n.isRead).length;
  return (
    <Layout title="Notifikationer">
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="/notifikationer" label="Dine sider" />
        <h1>Notifikationer</h1>
        <p class="font-lead">
          {unread === 0
            ? 'Du har ingen ulæste notifikationer.'
            : unread === 1
              ? '1 ulæst notifikation.'
              : `${unread} ulæste notifikationer.`}{' '}
          <a href="/indstillinger/notifikationer">Vælg, hvad du vil have besked om</a>.
        </p>
        {unread > 0 ? (
          <ButtonForm action="/notifikationer/laest" csrfToken={csrfToken} label="Markér alle som læst" />
        ) : null}
        {notifications.length === 0 ? (
          <p>Ingen notifikationer endnu.</p>
        ) : (
          <ul class="notification-list">
            {notifications.map((n) => (
              <li class={`notification${n.isRead ? '' : ' notification-unread'}`}>
                <h2 class="h3">
                  <a href={n.href}>{n.subject}</a>
                  {n.isRead ? null : (
                    <>
                      {' '}
                      <span class="badge badge-info badge-small">Ulæst</span>
                    </>
                  )}
                </h2>
                <p class="muted">
                  {n.createdText}
                  {n.emailText ? ` · ${n.emailText}` : ''}
                </p>
                <p class="preserve-lines">{n.text}</p>
                <p class="notification-reason muted">{n.reason}</p>
                {n.isRead ? null : (
                  <ButtonForm
                    action={`/notifikationer/${n.id}/laest`}
                    csrfToken={csrfToken}
                    label="Markér som læst"
                    kind="tertiary"
                    accessibleLabel={`Markér som læst: ${n.subject}`}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

export interface PreferenceRow {
  kind: string;
  label: string;
  email: boolean;
  inApp: boolean;
}

export function NotificationSettingsPage({
  rows,
  csrfToken,
  saved,
}: {
  rows: PreferenceRow[];
  csrfToken: string;
  saved: boolean;
}) {
  return (
    <Layout title="Indstillinger for notifikationer">
      <div lang="da">
        <WorkNav links={MEMBER_LINKS} current="/indstillinger/notifikationer" label="Dine sider" />
        <h1>Indstillinger for notifikationer</h1>
        {saved ? <Notice>Dine valg er gemt.</Notice> : null}
        <p>
          Vælg for hver slags besked, om du vil have en e-mail og/eller se den under Notifikationer i Protokol. Du får
          kun besked om det, der vedrører de organer, du er medlem af eller sekretariat for. E-mails indeholder aldrig
          fortrolige dele af et svar.
        </p>
        <PostForm action="/indstillinger/notifikationer" csrfToken={csrfToken} novalidate={false}>
          <table class="table table--compact">
            <caption class="sr-only">Beskeder og hvordan du vil have dem</caption>
            <thead>
              <tr>
                <th scope="col">Besked</th>
                <th scope="col">E-mail</th>
                <th scope="col">I Protokol</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row" id={`kind-${row.kind}`}>
                    {row.label}
                  </th>
                  <ChannelCell row={row} channel="email" label="E-mail" checked={row.email} />
                  <ChannelCell row={row} channel="app" label="I Protokol" checked={row.inApp} />
                </tr>
              ))}
            </tbody>
          </table>
          <SubmitGroup>Gem valg</SubmitGroup>
        </PostForm>
      </div>
    </Layout>
  );
}

/** A kind of message's checkbox for one way of getting it (named "<kind>:email" or "<kind>:app"). */
function ChannelCell({
  row,
  channel,
  label,
  checked,
}: {
  row: PreferenceRow;
  channel: 'email' | 'app';
  label: string;
  checked: boolean;
}) {
  return (
    <td>
      <CheckboxItem
        id={`${row.kind}-${channel}`}
        name={`${row.kind}:${channel}`}
        label={
          <>
            <span class="sr-only">{row.label}: </span>
            {label}
          </>
        }
        checked={checked}
      />
    </td>
  );
}
