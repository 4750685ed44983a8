ALTER TABLE "harvest_sites" ALTER COLUMN "url" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "harvest_runs" ADD COLUMN "http_status" integer;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD COLUMN "body_id" integer;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD COLUMN "reference_key" text;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD COLUMN "corrected_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "harvest_sites" ADD CONSTRAINT "harvest_sites_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "harvest_sites_reference_key_idx" ON "harvest_sites" USING btree ("reference_key");