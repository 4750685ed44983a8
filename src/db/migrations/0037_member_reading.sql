CREATE TABLE "item_highlights" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"item_number" integer NOT NULL,
	"quote" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_reads" (
	"user_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	"version_number" integer,
	"item_checksums" jsonb NOT NULL,
	"attachment_checksums" jsonb NOT NULL,
	CONSTRAINT "meeting_reads_user_id_meeting_id_pk" PRIMARY KEY("user_id","meeting_id")
);
--> statement-breakpoint
ALTER TABLE "item_highlights" ADD CONSTRAINT "item_highlights_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_highlights" ADD CONSTRAINT "item_highlights_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reads" ADD CONSTRAINT "meeting_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_reads" ADD CONSTRAINT "meeting_reads_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "item_highlights_owner_idx" ON "item_highlights" USING btree ("user_id","meeting_id","item_number");