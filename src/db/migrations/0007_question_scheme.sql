CREATE TABLE "follow_ups" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"decision_item_id" integer,
	"what" text NOT NULL,
	"responsible" text NOT NULL,
	"due_on" date NOT NULL,
	"return_to_body_id" integer,
	"state" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_note" text,
	"answered_by_item_id" integer,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_plan_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"entry_id" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by_user_id" integer,
	"decision_item_id" integer,
	"note" text,
	"before" jsonb,
	"after" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_plan_entries" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"kind" text DEFAULT 'ordinary' NOT NULL,
	"title" text NOT NULL,
	"planned_on" date NOT NULL,
	"ends_on" date,
	"start_time" text,
	"end_time" text,
	"location" text,
	"note" text,
	"is_cancelled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_plan_entries_ends_after_start" CHECK ("meeting_plan_entries"."ends_on" is null or "meeting_plan_entries"."ends_on" >= "meeting_plan_entries"."planned_on")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"email" boolean NOT NULL,
	"in_app" boolean NOT NULL,
	CONSTRAINT "notification_preferences_user_id_kind_pk" PRIMARY KEY("user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"link" text NOT NULL,
	"reason" text NOT NULL,
	"dedupe_key" text,
	"is_in_app" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"email_state" text DEFAULT 'pending' NOT NULL,
	"email_attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "question_answer_parts" (
	"id" serial PRIMARY KEY NOT NULL,
	"question_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"is_confidential" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "question_scheme_settings" (
	"body_id" integer PRIMARY KEY NOT NULL,
	"publishes_answers" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"asker_user_id" integer NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"addressee" text NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"received_on" date NOT NULL,
	"due_on" date NOT NULL,
	"assigned_to_user_id" integer,
	"assigned_at" timestamp with time zone,
	"assignment_note" text,
	"answered_at" timestamp with time zone,
	"answered_on" date,
	"answered_by_user_id" integer,
	"is_answer_public" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_note" text,
	"contacted_at" timestamp with time zone,
	"contacted_by_user_id" integer,
	"contact_note" text,
	"forwarded_at" timestamp with time zone,
	"forwarded_by_user_id" integer,
	"forwarded_link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questions_due_after_receipt" CHECK ("questions"."due_on" >= "questions"."received_on")
);
--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_return_to_body_id_bodies_id_fk" FOREIGN KEY ("return_to_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_answered_by_item_id_agenda_items_id_fk" FOREIGN KEY ("answered_by_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_plan_changes" ADD CONSTRAINT "meeting_plan_changes_entry_id_meeting_plan_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."meeting_plan_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_plan_changes" ADD CONSTRAINT "meeting_plan_changes_changed_by_user_id_users_id_fk" FOREIGN KEY ("changed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_plan_changes" ADD CONSTRAINT "meeting_plan_changes_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_plan_entries" ADD CONSTRAINT "meeting_plan_entries_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_answer_parts" ADD CONSTRAINT "question_answer_parts_question_id_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "question_scheme_settings" ADD CONSTRAINT "question_scheme_settings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_asker_user_id_users_id_fk" FOREIGN KEY ("asker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_assigned_to_user_id_users_id_fk" FOREIGN KEY ("assigned_to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_answered_by_user_id_users_id_fk" FOREIGN KEY ("answered_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_contacted_by_user_id_users_id_fk" FOREIGN KEY ("contacted_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_forwarded_by_user_id_users_id_fk" FOREIGN KEY ("forwarded_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_ups_body_state_idx" ON "follow_ups" USING btree ("body_id","state","due_on");--> statement-breakpoint
CREATE INDEX "follow_ups_item_idx" ON "follow_ups" USING btree ("decision_item_id");--> statement-breakpoint
CREATE INDEX "meeting_plan_changes_entry_idx" ON "meeting_plan_changes" USING btree ("entry_id","changed_at");--> statement-breakpoint
CREATE INDEX "meeting_plan_entries_body_idx" ON "meeting_plan_entries" USING btree ("body_id","planned_on");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_outbox_idx" ON "notifications" USING btree ("email_state","next_attempt_at");--> statement-breakpoint
CREATE UNIQUE INDEX "question_answer_parts_position_idx" ON "question_answer_parts" USING btree ("question_id","position");--> statement-breakpoint
CREATE INDEX "questions_body_state_idx" ON "questions" USING btree ("body_id","state","due_on");--> statement-breakpoint
CREATE INDEX "questions_asker_idx" ON "questions" USING btree ("asker_user_id");