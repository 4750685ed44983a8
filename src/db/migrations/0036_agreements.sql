CREATE TABLE "agreement_parties" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"position" integer NOT NULL,
	"approved_on" date,
	"approval_item_id" integer,
	CONSTRAINT "agreement_parties_unique" UNIQUE("agreement_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "agreement_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" integer NOT NULL,
	"year" integer NOT NULL,
	"due_on" date NOT NULL,
	"follow_up_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreement_reports_year_unique" UNIQUE("agreement_id","year")
);
--> statement-breakpoint
CREATE TABLE "agreement_transitions" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" integer NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"decided_on" date NOT NULL,
	"decision_item_id" integer,
	"note" text,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_years" (
	"agreement_id" integer NOT NULL,
	"year" integer NOT NULL,
	"amount_ore" bigint NOT NULL,
	CONSTRAINT "agreement_years_agreement_id_year_pk" PRIMARY KEY("agreement_id","year"),
	CONSTRAINT "agreement_years_in_engine" CHECK ("agreement_years"."year" between 2027 and 2030),
	CONSTRAINT "agreement_years_not_negative" CHECK ("agreement_years"."amount_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"council_body_id" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'proposal' NOT NULL,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_approval_item_id_agenda_items_id_fk" FOREIGN KEY ("approval_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reports" ADD CONSTRAINT "agreement_reports_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_reports" ADD CONSTRAINT "agreement_reports_follow_up_id_follow_ups_id_fk" FOREIGN KEY ("follow_up_id") REFERENCES "public"."follow_ups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_transitions" ADD CONSTRAINT "agreement_transitions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_transitions" ADD CONSTRAINT "agreement_transitions_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_transitions" ADD CONSTRAINT "agreement_transitions_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_years" ADD CONSTRAINT "agreement_years_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_council_body_id_bodies_id_fk" FOREIGN KEY ("council_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_organisation_idx" ON "agreement_parties" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "agreement_reports_follow_up_idx" ON "agreement_reports" USING btree ("follow_up_id");--> statement-breakpoint
CREATE INDEX "agreement_transitions_agreement_idx" ON "agreement_transitions" USING btree ("agreement_id","decided_on");--> statement-breakpoint
CREATE INDEX "agreement_transitions_item_idx" ON "agreement_transitions" USING btree ("decision_item_id");--> statement-breakpoint
CREATE INDEX "agreements_council_idx" ON "agreements" USING btree ("council_body_id");--> statement-breakpoint
-- Investment agreements are public (/aftaler, /aftale/:id, a health council's page): a change empties
-- every process's page cache (0011_data_changes.sql), as for frames (0025) and projects (0034).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['agreements', 'agreement_parties', 'agreement_years', 'agreement_transitions', 'agreement_reports']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION protokol_data_changed()', t || '_data_changed', t);
  END LOOP;
END $$;
