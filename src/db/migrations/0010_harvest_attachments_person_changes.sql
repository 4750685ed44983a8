CREATE TABLE "person_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"from_person_id" integer NOT NULL,
	"to_person_id" integer NOT NULL,
	"moved" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "harvest_files" (
	"site_id" integer NOT NULL,
	"url" text NOT NULL,
	"sha256" text NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "harvest_files_site_id_url_pk" PRIMARY KEY("site_id","url")
);
--> statement-breakpoint
ALTER TABLE "harvest_meetings" ADD COLUMN "attachments_complete" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD COLUMN "lease_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "person_changes" ADD CONSTRAINT "person_changes_from_person_id_persons_id_fk" FOREIGN KEY ("from_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_changes" ADD CONSTRAINT "person_changes_to_person_id_persons_id_fk" FOREIGN KEY ("to_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "harvest_files" ADD CONSTRAINT "harvest_files_site_id_harvest_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."harvest_sites"("id") ON DELETE cascade ON UPDATE no action;