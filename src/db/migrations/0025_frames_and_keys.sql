CREATE TABLE "allocation_key_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"key_id" integer NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"source_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation_key_weights" (
	"version_id" integer NOT NULL,
	"position" integer NOT NULL,
	"recipient_body_id" integer,
	"recipient_publisher_id" integer,
	"weight" numeric(30, 10) NOT NULL,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	CONSTRAINT "allocation_key_weights_version_id_position_pk" PRIMARY KEY("version_id","position"),
	CONSTRAINT "allocation_key_weights_one_recipient" CHECK (("allocation_key_weights"."recipient_body_id" is null) <> ("allocation_key_weights"."recipient_publisher_id" is null)),
	CONSTRAINT "allocation_key_weights_not_negative" CHECK ("allocation_key_weights"."weight" >= 0)
);
--> statement-breakpoint
CREATE TABLE "allocation_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_keys_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "frame_allocations" (
	"frame_id" integer NOT NULL,
	"position" integer NOT NULL,
	"recipient_body_id" integer,
	"recipient_publisher_id" integer,
	"weight" numeric(30, 10) NOT NULL,
	"amount_ore" bigint NOT NULL,
	CONSTRAINT "frame_allocations_frame_id_position_pk" PRIMARY KEY("frame_id","position"),
	CONSTRAINT "frame_allocations_one_recipient" CHECK (("frame_allocations"."recipient_body_id" is null) <> ("frame_allocations"."recipient_publisher_id" is null)),
	CONSTRAINT "frame_allocations_not_negative" CHECK ("frame_allocations"."amount_ore" >= 0)
);
--> statement-breakpoint
CREATE TABLE "frames" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"purpose" text NOT NULL,
	"conditions" text,
	"owner_id" integer NOT NULL,
	"deciding_body_id" integer NOT NULL,
	"decision_item_id" integer,
	"total_ore" bigint NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"key_version_id" integer NOT NULL,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "frames_total_not_negative" CHECK ("frames"."total_ore" >= 0),
	CONSTRAINT "frames_years_in_order" CHECK ("frames"."to_year" >= "frames"."from_year")
);
--> statement-breakpoint
ALTER TABLE "allocation_key_versions" ADD CONSTRAINT "allocation_key_versions_key_id_allocation_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."allocation_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_key_weights" ADD CONSTRAINT "allocation_key_weights_version_id_allocation_key_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."allocation_key_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_key_weights" ADD CONSTRAINT "allocation_key_weights_recipient_body_id_bodies_id_fk" FOREIGN KEY ("recipient_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_key_weights" ADD CONSTRAINT "allocation_key_weights_recipient_publisher_id_organisations_id_fk" FOREIGN KEY ("recipient_publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frame_allocations" ADD CONSTRAINT "frame_allocations_frame_id_frames_id_fk" FOREIGN KEY ("frame_id") REFERENCES "public"."frames"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frame_allocations" ADD CONSTRAINT "frame_allocations_recipient_body_id_bodies_id_fk" FOREIGN KEY ("recipient_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frame_allocations" ADD CONSTRAINT "frame_allocations_recipient_publisher_id_organisations_id_fk" FOREIGN KEY ("recipient_publisher_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frames" ADD CONSTRAINT "frames_owner_id_organisations_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frames" ADD CONSTRAINT "frames_deciding_body_id_bodies_id_fk" FOREIGN KEY ("deciding_body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frames" ADD CONSTRAINT "frames_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frames" ADD CONSTRAINT "frames_key_version_id_allocation_key_versions_id_fk" FOREIGN KEY ("key_version_id") REFERENCES "public"."allocation_key_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frames" ADD CONSTRAINT "frames_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_key_versions_key_version_idx" ON "allocation_key_versions" USING btree ("key_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_key_weights_body_idx" ON "allocation_key_weights" USING btree ("version_id","recipient_body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_key_weights_publisher_idx" ON "allocation_key_weights" USING btree ("version_id","recipient_publisher_id");--> statement-breakpoint
CREATE INDEX "frame_allocations_body_idx" ON "frame_allocations" USING btree ("recipient_body_id");--> statement-breakpoint
CREATE INDEX "frame_allocations_publisher_idx" ON "frame_allocations" USING btree ("recipient_publisher_id");--> statement-breakpoint
CREATE INDEX "frames_owner_idx" ON "frames" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "frames_deciding_body_idx" ON "frames" USING btree ("deciding_body_id");--> statement-breakpoint
-- Frames and keys are public: a change empties every process's page cache (0011_data_changes.sql).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['allocation_keys', 'allocation_key_versions', 'allocation_key_weights', 'frames', 'frame_allocations']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION protokol_data_changed()', t || '_data_changed', t);
  END LOOP;
END $$;
