/**
 * The question scheme, follow-ups and the meeting calendar, one app per prefix (app.tsx mounts
 * them): a member's questions (/sporgsmaal, /mine-sporgsmaal) and a body's rules for its scheme
 * (/sporgsmaal/regler); the secretariat's queue, questions and rules (/sekretariat/sporgsmaal,
 * /sekretariat/sporgsmaal/regler), follow-ups (/sekretariat/opfoelgning, and a decision's new
 * one at /sekretariat/beslutning) and meeting calendar (/sekretariat/moedeplan); a body's public
 * answers, statistics and calendar (/organ/:slug/spoergsmaal, /statistik, /moedeplan). Presenters
 * leave out what the reader may not see.
 */
import { Hono } from 'hono';
import { askRoutes, myQuestionsRoutes } from './ask-routes.js';
import { decisionFollowUpRoutes, followUpRoutes } from './follow-up-routes.js';
import { meetingPlanRoutes } from './meeting-plan-routes.js';
import { publicRoutes } from './public-routes.js';
import { questionCaseRoutes } from './question-case-routes.js';
import { queueRoutes } from './queue-routes.js';
import { memberSchemeRulesRoutes, secretariatSchemeRulesRoutes } from './scheme-rules-routes.js';
import type { WorkDeps } from './shared.js';

export function questionApps(deps: WorkDeps) {
  const queue = new Hono();
  queue.route('/', queueRoutes(deps));
  queue.route('/regler', secretariatSchemeRulesRoutes(deps)); // before /:id
  queue.route('/', questionCaseRoutes(deps));
  const ask = new Hono();
  ask.route('/regler', memberSchemeRulesRoutes(deps)); // before /:id
  ask.route('/', askRoutes(deps));
  return {
    ask,
    mine: myQuestionsRoutes(deps),
    queue,
    followUps: followUpRoutes(deps),
    decisions: decisionFollowUpRoutes(deps),
    plan: meetingPlanRoutes(deps),
    public: publicRoutes(deps),
  };
}
