CREATE TABLE "candidate_scores" (
	"check_id" text NOT NULL,
	"dimension_id" text NOT NULL,
	"score" double precision,
	CONSTRAINT "candidate_scores_check_id_dimension_id_pk" PRIMARY KEY("check_id","dimension_id")
);
--> statement-breakpoint
CREATE TABLE "candidates" (
	"check_id" text PRIMARY KEY NOT NULL,
	"search_id" text NOT NULL,
	"source" text NOT NULL,
	"email" text,
	"verdict" text,
	"verdict_rank" integer,
	"overall" double precision,
	"dealbreakers" integer,
	"scored_with" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "searches" (
	"id" text PRIMARY KEY NOT NULL,
	"check_id" text NOT NULL,
	"apply_code" text NOT NULL,
	"closes_at" timestamp (3) with time zone,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "searches_check_id_unique" UNIQUE("check_id"),
	CONSTRAINT "searches_apply_code_unique" UNIQUE("apply_code")
);
--> statement-breakpoint
ALTER TABLE "candidate_scores" ADD CONSTRAINT "candidate_scores_check_id_candidates_check_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."candidates"("check_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_search_id_searches_id_fk" FOREIGN KEY ("search_id") REFERENCES "public"."searches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "searches" ADD CONSTRAINT "searches_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidates_search_idx" ON "candidates" USING btree ("search_id","verdict_rank","overall");