CREATE TABLE "gp_areas" (
	"id" serial PRIMARY KEY NOT NULL,
	"board_id" integer NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gp_board_decisions" (
	"board_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"note" text,
	"linked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gp_board_decisions_board_id_item_id_pk" PRIMARY KEY("board_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "gp_boards" (
	"id" serial PRIMARY KEY NOT NULL,
	"body_id" integer NOT NULL,
	"possible_gps" integer NOT NULL,
	"possible_source" text NOT NULL,
	"data_on" date NOT NULL,
	"is_fictitious" boolean DEFAULT false NOT NULL,
	"updated_by_user_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gp_boards_possible_not_negative" CHECK ("gp_boards"."possible_gps" >= 0)
);
--> statement-breakpoint
CREATE TABLE "gp_month_snapshots" (
	"board_id" integer NOT NULL,
	"month" text NOT NULL,
	"possible_gps" integer NOT NULL,
	"actual_gps" integer NOT NULL,
	"practices_open" integer NOT NULL,
	"practices_closed" integer NOT NULL,
	"vacancies_open" integer NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gp_month_snapshots_board_id_month_pk" PRIMARY KEY("board_id","month"),
	CONSTRAINT "gp_month_snapshots_month" CHECK ("gp_month_snapshots"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
--> statement-breakpoint
CREATE TABLE "gp_practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"board_id" integer NOT NULL,
	"area_id" integer NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"gps" integer NOT NULL,
	"capacity" integer NOT NULL,
	"patients" integer NOT NULL,
	"is_open" boolean NOT NULL,
	"owners" text[] DEFAULT '{}'::text[] NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "gp_practices_counts_not_negative" CHECK ("gp_practices"."gps" >= 0 and "gp_practices"."capacity" >= 0 and "gp_practices"."patients" >= 0)
);
--> statement-breakpoint
CREATE TABLE "gp_vacancies" (
	"id" serial PRIMARY KEY NOT NULL,
	"board_id" integer NOT NULL,
	"practice_number" text NOT NULL,
	"practice_name" text NOT NULL,
	"area_name" text NOT NULL,
	"clock_starts_on" date NOT NULL,
	"deadline_on" date NOT NULL,
	"outcome" text,
	"ended_on" date,
	"decision_item_id" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gp_vacancies_outcome_with_end" CHECK (("gp_vacancies"."outcome" is null) = ("gp_vacancies"."ended_on" is null)),
	CONSTRAINT "gp_vacancies_deadline_after_clock" CHECK ("gp_vacancies"."deadline_on" >= "gp_vacancies"."clock_starts_on")
);
--> statement-breakpoint
ALTER TABLE "gp_areas" ADD CONSTRAINT "gp_areas_board_id_gp_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."gp_boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_board_decisions" ADD CONSTRAINT "gp_board_decisions_board_id_gp_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."gp_boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_board_decisions" ADD CONSTRAINT "gp_board_decisions_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_boards" ADD CONSTRAINT "gp_boards_body_id_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_boards" ADD CONSTRAINT "gp_boards_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_month_snapshots" ADD CONSTRAINT "gp_month_snapshots_board_id_gp_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."gp_boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_practices" ADD CONSTRAINT "gp_practices_board_id_gp_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."gp_boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_practices" ADD CONSTRAINT "gp_practices_area_id_gp_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."gp_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_vacancies" ADD CONSTRAINT "gp_vacancies_board_id_gp_boards_id_fk" FOREIGN KEY ("board_id") REFERENCES "public"."gp_boards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gp_vacancies" ADD CONSTRAINT "gp_vacancies_decision_item_id_agenda_items_id_fk" FOREIGN KEY ("decision_item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "gp_areas_board_name_idx" ON "gp_areas" USING btree ("board_id","name");--> statement-breakpoint
CREATE INDEX "gp_board_decisions_item_idx" ON "gp_board_decisions" USING btree ("item_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gp_boards_body_idx" ON "gp_boards" USING btree ("body_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gp_practices_board_number_idx" ON "gp_practices" USING btree ("board_id","number");--> statement-breakpoint
CREATE INDEX "gp_practices_area_idx" ON "gp_practices" USING btree ("area_id");--> statement-breakpoint
CREATE UNIQUE INDEX "gp_vacancies_board_practice_clock_idx" ON "gp_vacancies" USING btree ("board_id","practice_number","clock_starts_on");--> statement-breakpoint
CREATE INDEX "gp_vacancies_item_idx" ON "gp_vacancies" USING btree ("decision_item_id");--> statement-breakpoint
-- The GP capacity boards are public (/laegedaekning, /laegedaekning/:slug, a health council's page,
-- /api/v1/gp-capacity): a change empties every process's page cache (0011_data_changes.sql), as for frames (0025).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['gp_boards', 'gp_areas', 'gp_practices', 'gp_vacancies', 'gp_board_decisions', 'gp_month_snapshots']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION protokol_data_changed()', t || '_data_changed', t);
  END LOOP;
END $$;
