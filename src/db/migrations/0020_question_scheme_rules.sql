ALTER TABLE "question_scheme_settings" ADD COLUMN "deadline_kind" text DEFAULT 'calendar' NOT NULL;--> statement-breakpoint
ALTER TABLE "question_scheme_settings" ADD COLUMN "deadline_weeks" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "question_scheme_settings" ADD COLUMN "deadline_days" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "question_scheme_settings" ADD COLUMN "member_note" text;--> statement-breakpoint
ALTER TABLE "question_scheme_settings" ADD CONSTRAINT "question_scheme_settings_deadline_valid" CHECK (("question_scheme_settings"."deadline_kind" = 'calendar' and "question_scheme_settings"."deadline_weeks" >= 0 and "question_scheme_settings"."deadline_days" >= 0 and "question_scheme_settings"."deadline_weeks" + "question_scheme_settings"."deadline_days" >= 1)
        or ("question_scheme_settings"."deadline_kind" = 'working_days' and "question_scheme_settings"."deadline_weeks" = 0 and "question_scheme_settings"."deadline_days" >= 1));