CREATE TABLE "project_spendings" (
	"id" serial PRIMARY KEY NOT NULL,
	"project_id" integer NOT NULL,
	"amount_ore" bigint NOT NULL,
	"spent_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_spendings_amount_positive" CHECK ("project_spendings"."amount_ore" > 0)
);
--> statement-breakpoint
ALTER TABLE "project_reports" ADD COLUMN "file_sha256" text;--> statement-breakpoint
ALTER TABLE "project_reports" ADD COLUMN "file_name" text;--> statement-breakpoint
ALTER TABLE "project_reports" ADD COLUMN "file_size_bytes" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "returned_ore" bigint;--> statement-breakpoint
ALTER TABLE "project_spendings" ADD CONSTRAINT "project_spendings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_spendings" ADD CONSTRAINT "project_spendings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_spendings_project_idx" ON "project_spendings" USING btree ("project_id","spent_on");--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_returned_within_granted" CHECK ("projects"."returned_ore" is null or ("projects"."returned_ore" >= 0 and "projects"."returned_ore" <= coalesce("projects"."granted_ore", 0)));--> statement-breakpoint
-- A project's spending is public (the frame's picture, the project's page, the API): a change
-- empties every process's page cache (0011_data_changes.sql), as for the projects (0034).
CREATE TRIGGER project_spendings_data_changed AFTER INSERT OR UPDATE OR DELETE ON project_spendings FOR EACH STATEMENT EXECUTE FUNCTION protokol_data_changed();
