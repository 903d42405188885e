CREATE TABLE "review_figures" (
	"check_id" text NOT NULL,
	"flag_key" text NOT NULL,
	"fact_id" text NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "review_figures_check_id_flag_key_fact_id_pk" PRIMARY KEY("check_id","flag_key","fact_id")
);
--> statement-breakpoint
CREATE TABLE "review_outcomes" (
	"check_id" text NOT NULL,
	"flag_key" text NOT NULL,
	"kind" text NOT NULL,
	"position" integer,
	"wording" text,
	"reason" text,
	"accepted_by" text,
	"proposed_by" text NOT NULL,
	"proposed_at" timestamp (3) with time zone NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"confirmed_at" timestamp (3) with time zone,
	CONSTRAINT "review_outcomes_check_id_flag_key_pk" PRIMARY KEY("check_id","flag_key")
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"check_id" text PRIMARY KEY NOT NULL,
	"previous_check_id" text,
	"occasion" text NOT NULL,
	"number" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rounds_previous_check_id_unique" UNIQUE("previous_check_id")
);
--> statement-breakpoint
ALTER TABLE "review_figures" ADD CONSTRAINT "review_figures_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_outcomes" ADD CONSTRAINT "review_outcomes_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_previous_check_id_checks_id_fk" FOREIGN KEY ("previous_check_id") REFERENCES "public"."checks"("id") ON DELETE set null ON UPDATE no action;