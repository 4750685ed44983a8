CREATE TABLE "project_bodies" (
	"project_id" integer NOT NULL,
	"body_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "project_bodies_project_id_body_id_pk" PRIMARY KEY("project_id","body_id")
);
--> statement-breakpoint
CREATE TABLE "project_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"received_on" date,
	"body" text,
	"document_url" text,
	"follow_up_id" integer,
	"draft_item_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_transitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"decided_on" date NOT NULL,
	"decision_item_id" integer,
	"note" text,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"purpose" text NOT NULL,
	"frame_id" integer,
	"allocation_position" integer,
	"pool_name" text,
	"applied_on" date NOT NULL,
	"applied_ore" bigint,
	"granted_ore" bigint,
	"own_funding_ore" bigint DEFAULT 0 NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"extended_to" date,
	"status" text DEFAULT 'applied' NOT NULL,
	"report_every_months" integer DEFAULT 12 NOT NULL,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_frame_or_pool" CHECK (("projects"."frame_id" is null) <> ("projects"."pool_name" is null)),
	CONSTRAINT "projects_allocation_with_frame" CHECK (("projects"."frame_id" is null) = ("projects"."allocation_position" is null)),
	CONSTRAINT "projects_amounts_not_negative" CHECK (coalesce("projects"."applied_ore", 0) >= 0 and coalesce("projects"."granted_ore", 0) >= 0 and "projects"."own_funding_ore" >= 0),
	CONSTRAINT "projects_period_in_order" CHECK ("projects"."ends_on" is null or "projects"."starts_on" is null or "projects"."ends_on" >= "projects"."starts_on"),
	CONSTRAINT "projects_report_interval" CHECK ("projects"."report_every_months" between 1 and 120)
);
--> statement-breakpoint
ALTER TABLE "project_bodies" ADD CONSTRAINT "project_bodies_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_bodies" ADD CONSTRAINT "project_bodies_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_reports" ADD CONSTRAINT "project_reports_draft_item_id_draft_items_id_fk" FOREIGN KEY ("draft_item_id") REFERENCES "public"."draft_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transitions" ADD CONSTRAINT "project_transitions_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transitions" ADD CONSTRAINT "project_transitions_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_transitions" ADD CONSTRAINT "project_transitions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_frame_id_frames_id_fk" FOREIGN KEY ("frame_id") REFERENCES "public"."frames"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_allocation_fk" FOREIGN KEY ("frame_id","allocation_position") REFERENCES "public"."frame_allocations"("frame_id","position") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_bodies_body_idx" ON "project_bodies" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "project_reports_project_idx" ON "project_reports" USING btree ("project_id","due_on");--> statement-breakpoint
CREATE INDEX "project_reports_follow_up_idx" ON "project_reports" USING btree ("follow_up_id");--> statement-breakpoint
CREATE INDEX "project_transitions_project_idx" ON "project_transitions" USING btree ("project_id","decided_on");--> statement-breakpoint
CREATE INDEX "project_transitions_item_idx" ON "project_transitions" USING btree ("decision_item_id");--> statement-breakpoint
CREATE INDEX "projects_allocation_idx" ON "projects" USING btree ("frame_id","allocation_position");