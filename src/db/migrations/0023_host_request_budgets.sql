CREATE TABLE "host_request_budgets" (
	"host" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_count" integer DEFAULT 0 NOT NULL,
	"day" text NOT NULL,
	"day_count" integer DEFAULT 0 NOT NULL
);
