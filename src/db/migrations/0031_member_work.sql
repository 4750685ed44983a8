CREATE TABLE "item_notes" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"item_number" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"requester_name" text NOT NULL,
	"asked_meeting_id" integer,
	"meeting_id" integer NOT NULL,
	"is_late" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"reason" text NOT NULL,
	"attachment_file_name" text,
	"attachment_media_type" text,
	"attachment_size_bytes" integer,
	"attachment_sha256" text,
	"received_at" timestamp with time zone NOT NULL,
	"deadline_on" date NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" integer,
	"decline_reason" text,
	"draft_item_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"item_number" integer NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_round_members" (
	"round_id" integer NOT NULL,
	"user_id" integer NOT NULL,
	"name" text NOT NULL,
	"approved_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	CONSTRAINT "minutes_round_members_round_id_user_id_pk" PRIMARY KEY("round_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "minutes_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"number" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"sent_on" date NOT NULL,
	"minutes_approval" text NOT NULL,
	"silence_is_approval" boolean NOT NULL,
	"due_on" date,
	"sent_by_user_id" integer,
	"sent_by_label" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"follow_up_id" integer,
	"published_version" integer
);
--> statement-breakpoint
CREATE TABLE "procedure_rules" (
	"body_id" integer PRIMARY KEY NOT NULL,
	"minutes_approval" text DEFAULT 'next_meeting' NOT NULL,
	"approval_working_days" integer DEFAULT 3 NOT NULL,
	"silence_is_approval" boolean DEFAULT true NOT NULL,
	"item_request_days_before" integer DEFAULT 11 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procedure_rules_counts" CHECK ("procedure_rules"."approval_working_days" between 1 and 30 and "procedure_rules"."item_request_days_before" between 0 and 90)
);
--> statement-breakpoint
ALTER TABLE "item_notes" ADD CONSTRAINT "item_notes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_notes" ADD CONSTRAINT "item_notes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_requests" ADD CONSTRAINT "item_requests_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_requests" ADD CONSTRAINT "item_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_requests" ADD CONSTRAINT "item_requests_asked_meeting_id_meetings_id_fk" FOREIGN KEY ("asked_meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_requests" ADD CONSTRAINT "item_requests_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_requests" ADD CONSTRAINT "item_requests_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_requests" ADD CONSTRAINT "item_requests_draft_item_id_draft_items_id_fk" FOREIGN KEY ("draft_item_id") REFERENCES "public"."draft_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_round_id_minutes_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."minutes_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_comments" ADD CONSTRAINT "minutes_comments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_round_members" ADD CONSTRAINT "minutes_round_members_round_id_minutes_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."minutes_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_round_members" ADD CONSTRAINT "minutes_round_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_rounds" ADD CONSTRAINT "minutes_rounds_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_rounds" ADD CONSTRAINT "minutes_rounds_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procedure_rules" ADD CONSTRAINT "procedure_rules_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "item_notes_owner_idx" ON "item_notes" USING btree ("user_id","meeting_id","item_number");--> statement-breakpoint
CREATE INDEX "item_requests_meeting_idx" ON "item_requests" USING btree ("meeting_id","state");--> statement-breakpoint
CREATE INDEX "item_requests_user_idx" ON "item_requests" USING btree ("user_id","received_at");--> statement-breakpoint
CREATE INDEX "minutes_comments_round_idx" ON "minutes_comments" USING btree ("round_id","item_number");--> statement-breakpoint
CREATE UNIQUE INDEX "minutes_rounds_number_idx" ON "minutes_rounds" USING btree ("meeting_id","number");