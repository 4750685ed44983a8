ALTER TABLE "hearing_consultees" ADD COLUMN "mail_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "hearing_consultees" ADD COLUMN "mail_retry_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "hearing_consultees" ADD COLUMN "mail_failed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "hearing_responses" ADD COLUMN "receipt_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "hearing_responses" ADD COLUMN "receipt_retry_at" timestamp with time zone;