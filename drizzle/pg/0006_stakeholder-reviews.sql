CREATE TABLE "stakeholder_actions" (
	"id" text PRIMARY KEY NOT NULL,
	"review_id" text NOT NULL,
	"for_whom" text NOT NULL,
	"who" text NOT NULL,
	"what" text NOT NULL,
	"due_on" text,
	"theme_id" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"review_id" text NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"open_token_hash" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholder_groups_open_token_hash_unique" UNIQUE("open_token_hash")
);
--> statement-breakpoint
CREATE TABLE "stakeholder_invitations" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"group_id" text NOT NULL,
	"level" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholder_ratings" (
	"response_id" text NOT NULL,
	"statement_id" text NOT NULL,
	"rating" integer,
	CONSTRAINT "stakeholder_ratings_response_id_statement_id_pk" PRIMARY KEY("response_id","statement_id")
);
--> statement-breakpoint
CREATE TABLE "stakeholder_responses" (
	"id" text PRIMARY KEY NOT NULL,
	"review_id" text NOT NULL,
	"kind" text NOT NULL,
	"group_id" text,
	"level" text,
	"token_hash" text,
	"submitted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholder_responses_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "stakeholder_reviews" (
	"check_id" text PRIMARY KEY NOT NULL,
	"service" text NOT NULL,
	"provider_name" text NOT NULL,
	"commissioner_name" text NOT NULL,
	"created_by" text NOT NULL,
	"questionnaire_version" text NOT NULL,
	"commissioner_confirmed_at" timestamp (3) with time zone,
	"provider_confirmed_at" timestamp (3) with time zone,
	"previous_check_id" text,
	"number" integer DEFAULT 1 NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stakeholder_reviews_previous_check_id_unique" UNIQUE("previous_check_id")
);
--> statement-breakpoint
CREATE TABLE "stakeholder_texts" (
	"response_id" text NOT NULL,
	"question_id" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "stakeholder_texts_response_id_question_id_pk" PRIMARY KEY("response_id","question_id")
);
--> statement-breakpoint
ALTER TABLE "stakeholder_actions" ADD CONSTRAINT "stakeholder_actions_review_id_stakeholder_reviews_check_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."stakeholder_reviews"("check_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_groups" ADD CONSTRAINT "stakeholder_groups_review_id_stakeholder_reviews_check_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."stakeholder_reviews"("check_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_groups" ADD CONSTRAINT "stakeholder_groups_open_token_hash_access_tokens_token_hash_fk" FOREIGN KEY ("open_token_hash") REFERENCES "public"."access_tokens"("token_hash") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_invitations" ADD CONSTRAINT "stakeholder_invitations_token_hash_access_tokens_token_hash_fk" FOREIGN KEY ("token_hash") REFERENCES "public"."access_tokens"("token_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_invitations" ADD CONSTRAINT "stakeholder_invitations_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_ratings" ADD CONSTRAINT "stakeholder_ratings_response_id_stakeholder_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."stakeholder_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_responses" ADD CONSTRAINT "stakeholder_responses_review_id_stakeholder_reviews_check_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."stakeholder_reviews"("check_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_responses" ADD CONSTRAINT "stakeholder_responses_group_id_stakeholder_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."stakeholder_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_responses" ADD CONSTRAINT "stakeholder_responses_token_hash_access_tokens_token_hash_fk" FOREIGN KEY ("token_hash") REFERENCES "public"."access_tokens"("token_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_reviews" ADD CONSTRAINT "stakeholder_reviews_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_reviews" ADD CONSTRAINT "stakeholder_reviews_previous_check_id_checks_id_fk" FOREIGN KEY ("previous_check_id") REFERENCES "public"."checks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stakeholder_texts" ADD CONSTRAINT "stakeholder_texts_response_id_stakeholder_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."stakeholder_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stakeholder_actions_review_idx" ON "stakeholder_actions" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "stakeholder_groups_review_idx" ON "stakeholder_groups" USING btree ("review_id","name");--> statement-breakpoint
CREATE INDEX "stakeholder_invitations_group_idx" ON "stakeholder_invitations" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "stakeholder_responses_review_idx" ON "stakeholder_responses" USING btree ("review_id","kind");--> statement-breakpoint
CREATE INDEX "stakeholder_responses_group_idx" ON "stakeholder_responses" USING btree ("group_id");