CREATE TABLE "amount_reads" (
	"reader_version" integer PRIMARY KEY NOT NULL,
	"items" integer NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "amounts" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "max_amount_ore" bigint;--> statement-breakpoint
CREATE INDEX "agenda_items_open_amount_idx" ON "agenda_items" USING btree ("max_amount_ore" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE not is_closed and max_amount_ore is not null;