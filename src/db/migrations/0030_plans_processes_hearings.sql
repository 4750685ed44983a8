CREATE TABLE "hearing_consultees" (
	"id" serial PRIMARY KEY NOT NULL,
	"hearing_id" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"invited_at" timestamp with time zone,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "hearing_responses" (
	"id" serial PRIMARY KEY NOT NULL,
	"hearing_id" integer NOT NULL,
	"consultee_id" integer,
	"channel" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"text" text NOT NULL,
	"file_sha256" text,
	"file_name" text,
	"file_size_bytes" integer,
	"receipt_email" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"state" text DEFAULT 'received' NOT NULL,
	"withheld_reason" text,
	"memo_answer" text,
	"memo_change" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hearing_responses_withheld_reason" CHECK ("hearing_responses"."state" <> 'withheld' or "hearing_responses"."withheld_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "hearings" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"plan_version_id" integer,
	"attachment_id" integer,
	"process_step_id" integer,
	"starts_on" date NOT NULL,
	"deadline_on" date NOT NULL,
	"memo_text" text,
	"memo_published_at" timestamp with time zone,
	"decision_item_id" integer,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "hearings_deadline_after_start" CHECK ("hearings"."deadline_on" >= "hearings"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "plan_chapters" (
	"version_id" integer NOT NULL,
	"position" integer NOT NULL,
	"theme" text NOT NULL,
	"goals" text DEFAULT '' NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "plan_chapters_version_id_position_pk" PRIMARY KEY("version_id","position")
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"plan_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	CONSTRAINT "plan_items_plan_id_item_id_pk" PRIMARY KEY("plan_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"number" integer NOT NULL,
	"status" text NOT NULL,
	"version_on" date NOT NULL,
	"note" text,
	"decision_item_id" integer,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_versions_number_positive" CHECK ("plan_versions"."number" > 0)
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"owner_body_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text,
	"deadline_on" date,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "process_phases" (
	"id" serial PRIMARY KEY NOT NULL,
	"process_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "process_phases_ends_after_start" CHECK ("process_phases"."ends_on" >= "process_phases"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "process_step_requirements" (
	"step_id" integer NOT NULL,
	"requires_step_id" integer NOT NULL,
	CONSTRAINT "process_step_requirements_step_id_requires_step_id_pk" PRIMARY KEY("step_id","requires_step_id"),
	CONSTRAINT "process_step_requirements_not_self" CHECK ("process_step_requirements"."step_id" <> "process_step_requirements"."requires_step_id")
);
--> statement-breakpoint
CREATE TABLE "process_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"process_id" integer NOT NULL,
	"position" integer NOT NULL,
	"phase_id" integer,
	"title" text NOT NULL,
	"action" text NOT NULL,
	"body_id" integer,
	"outside_body_name" text,
	"outside_publisher_id" integer,
	"parallel_group" text,
	"due_on" date,
	"due_month" text,
	"due_month_end" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"skip_reason" text,
	"meeting_id" integer,
	"draft_item_id" integer,
	"item_id" integer,
	"completed_on" date,
	"override_reason" text,
	"overridden_at" timestamp with time zone,
	"overridden_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "process_steps_one_body" CHECK (("process_steps"."body_id" is null) <> ("process_steps"."outside_body_name" is null)),
	CONSTRAINT "process_steps_due_month" CHECK ("process_steps"."due_month" is null or "process_steps"."due_month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "process_steps_due_month_end" CHECK ("process_steps"."due_month_end" is null or ("process_steps"."due_month" is not null and "process_steps"."due_month_end" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and "process_steps"."due_month_end" >= "process_steps"."due_month")),
	CONSTRAINT "process_steps_one_due" CHECK ("process_steps"."due_on" is null or "process_steps"."due_month" is null),
	CONSTRAINT "process_steps_skip_reason" CHECK ("process_steps"."status" <> 'skipped' or "process_steps"."skip_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "processes" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"owner_body_id" integer NOT NULL,
	"plan_id" integer,
	"template_key" text,
	"flagged_reason" text,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "process_step_id" integer;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD COLUMN "hearing_id" integer;--> statement-breakpoint
ALTER TABLE "hearing_consultees" ADD CONSTRAINT "hearing_consultees_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_responses" ADD CONSTRAINT "hearing_responses_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearing_responses" ADD CONSTRAINT "hearing_responses_consultee_id_hearing_consultees_id_fk" FOREIGN KEY ("consultee_id") REFERENCES "public"."hearing_consultees"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_process_step_id_process_steps_id_fk" FOREIGN KEY ("process_step_id") REFERENCES "public"."process_steps"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hearings" ADD CONSTRAINT "hearings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_chapters" ADD CONSTRAINT "plan_chapters_version_id_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_owner_body_id_bodies_id_fk" FOREIGN KEY ("owner_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_phases" ADD CONSTRAINT "process_phases_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_step_requirements" ADD CONSTRAINT "process_step_requirements_step_id_process_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."process_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_step_requirements" ADD CONSTRAINT "process_step_requirements_requires_step_id_process_steps_id_fk" FOREIGN KEY ("requires_step_id") REFERENCES "public"."process_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_phase_id_process_phases_id_fk" FOREIGN KEY ("phase_id") REFERENCES "public"."process_phases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_outside_publisher_id_organisations_id_fk" FOREIGN KEY ("outside_publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_draft_item_id_draft_items_id_fk" FOREIGN KEY ("draft_item_id") REFERENCES "public"."draft_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "process_steps" ADD CONSTRAINT "process_steps_overridden_by_user_id_users_id_fk" FOREIGN KEY ("overridden_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_owner_body_id_bodies_id_fk" FOREIGN KEY ("owner_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hearing_consultees_hearing_idx" ON "hearing_consultees" USING btree ("hearing_id","position");--> statement-breakpoint
CREATE INDEX "hearing_responses_hearing_idx" ON "hearing_responses" USING btree ("hearing_id","state","received_at");--> statement-breakpoint
CREATE INDEX "hearings_body_idx" ON "hearings" USING btree ("body_id","deadline_on");--> statement-breakpoint
CREATE INDEX "hearings_step_idx" ON "hearings" USING btree ("process_step_id");--> statement-breakpoint
CREATE INDEX "plan_items_item_idx" ON "plan_items" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_plan_number_idx" ON "plan_versions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "plans_owner_idx" ON "plans" USING btree ("owner_body_id");--> statement-breakpoint
CREATE INDEX "process_phases_process_idx" ON "process_phases" USING btree ("process_id","position");--> statement-breakpoint
CREATE INDEX "process_step_requirements_required_idx" ON "process_step_requirements" USING btree ("requires_step_id");--> statement-breakpoint
CREATE INDEX "process_steps_process_idx" ON "process_steps" USING btree ("process_id","position");--> statement-breakpoint
CREATE INDEX "process_steps_item_idx" ON "process_steps" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "process_steps_draft_item_idx" ON "process_steps" USING btree ("draft_item_id");--> statement-breakpoint
CREATE INDEX "process_steps_meeting_idx" ON "process_steps" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "process_steps_body_idx" ON "process_steps" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "processes_owner_idx" ON "processes" USING btree ("owner_body_id");--> statement-breakpoint
CREATE INDEX "processes_plan_idx" ON "processes" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_process_step_id_process_steps_id_fk" FOREIGN KEY ("process_step_id") REFERENCES "public"."process_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_hearing_id_hearings_id_fk" FOREIGN KEY ("hearing_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "follow_ups_process_step_idx" ON "follow_ups" USING btree ("process_step_id");--> statement-breakpoint
CREATE INDEX "follow_ups_hearing_idx" ON "follow_ups" USING btree ("hearing_id");