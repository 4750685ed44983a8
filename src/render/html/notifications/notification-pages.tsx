/**
 * /notifikationer (the in-app list) and /indstillinger/notifikationer (what each person wants), in
 * Danish and English (messages/notifications.ts).
 */

import { NOTIFICATION_MESSAGES } from '../../messages/notifications.js';
import { CheckboxItem } from '../fields.js';
import { ButtonForm, Notice, PostForm, SubmitGroup } from '../forms.js';
import { Layout } from '../layout.js';
import { usePage } from '../page-context.js';
import { MemberNav } from '../questions/work-nav.js';

export interface NotificationView {
  id: number;
  subject: string;
  text: string;
  href: string;
  reason: string;
  createdText: string;
  isRead: boolean;
  /** What became of the e-mail (sent, being sent, failed), in the page's language; null: none was sent. */
  emailText: string | null;
}

export function NotificationsPage({
  notifications,
  csrfToken,
}: {
  notifications: NotificationView[];
  csrfToken: string;
}) {
  const m = NOTIFICATION_MESSAGES[usePage().lang];
  const unread = notifications.filter((n) => !n.isRead).length;
  return (
    <Layout title={m.title}>
      <div>
        <MemberNav current="/notifikationer" />
        <h1>{m.title}</h1>
        <p class="font-lead">
          {m.unread(unread)} <a href="/indstillinger/notifikationer">{m.chooseLink}</a>.
        </p>
        {unread > 0 ? <ButtonForm action="/notifikationer/laest" csrfToken={csrfToken} label={m.markAllRead} /> : null}
        {notifications.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <ul class="notification-list">
            {notifications.map((n) => (
              <li class={`notification${n.isRead ? '' : ' notification-unread'}`}>
                <h2 class="h3">
                  <a href={n.href}>{n.subject}</a>
                  {n.isRead ? null : (
                    <>
                      {' '}
                      <span class="badge badge-info badge-small">{m.unreadBadge}</span>
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
                    label={m.markRead}
                    kind="tertiary"
                    accessibleLabel={m.markReadOf(n.subject)}
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
  const m = NOTIFICATION_MESSAGES[usePage().lang];
  return (
    <Layout title={m.settingsTitle}>
      <div>
        <MemberNav current="/indstillinger/notifikationer" />
        <h1>{m.settingsTitle}</h1>
        {saved ? <Notice>{m.saved}</Notice> : null}
        <p>{m.settingsLead}</p>
        <PostForm action="/indstillinger/notifikationer" csrfToken={csrfToken} novalidate={false}>
          <table class="table table--compact">
            <caption class="sr-only">{m.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.message}</th>
                <th scope="col">{m.byEmail}</th>
                <th scope="col">{m.inProtokol}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr>
                  <th scope="row" id={`kind-${row.kind}`}>
                    {row.label}
                  </th>
                  <ChannelCell row={row} channel="email" label={m.byEmail} checked={row.email} />
                  <ChannelCell row={row} channel="app" label={m.inProtokol} checked={row.inApp} />
                </tr>
              ))}
            </tbody>
          </table>
          <SubmitGroup>{m.save}</SubmitGroup>
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
