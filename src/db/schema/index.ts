export * from './accounts.js';
// Investment agreements: parties with their councils' approval, years, transitions, yearly reports
export * from './agreements.js';
export * from './bodies.js';
// Every change of a public object, for the change feed and OParl's deleted objects
export * from './changes.js';
// Question scheme, follow-ups, meeting plan and notifications
export * from './follow-ups.js';
// Money shared by key: keys, their versions and weights, frames and their allocations
export * from './frames.js';
// GP capacity (lægedækning): boards per health council, areas, practices, vacancies, monthly history
export * from './gp-capacity.js';
// Publishers' sites harvested, runs, per-meeting state, attachment texts
export * from './harvest.js';
// Hearings: consultees, responses, the memo
export * from './hearings.js';
// The secretariat's work: draft items, attachments, published versions
export * from './meeting-drafts.js';
export * from './meetings.js';
// Members' reading on the go: a member's last read of a meeting (checksums only) and highlighted passages
export * from './member-reading.js';
// Members' daily work: rules of procedure, minutes approval rounds, item requests, private notes
export * from './member-work.js';
export * from './notifications.js';
// Personal numbers found (where, never the number)
export * from './personal-numbers.js';
// Plans in versions and chapters; processes of steps across bodies, with phases and gates
export * from './plans.js';
export * from './processes.js';
// Grants and projects on frames or outside pools: bodies, lifecycle transitions, status reports, spending
export * from './project-spending.js';
export * from './projects.js';
export * from './questions.js';
export * from './reference.js';
export * from './search.js';
// Running server processes (several web processes on one PostgreSQL)
export * from './servers.js';
// Following by e-mail without an account: subscribers, subscriptions, their outbox, request counts
export * from './subscriptions.js';
