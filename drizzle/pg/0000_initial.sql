CREATE TABLE "access_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"check_id" text NOT NULL,
	"role" text NOT NULL,
	"party_id" text,
	"generation" integer DEFAULT 1 NOT NULL,
	"kind" text DEFAULT 'link' NOT NULL,
	"claimed_at" timestamp (3) with time zone,
	"sealed_token" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"response_id" text NOT NULL,
	"item_id" text NOT NULL,
	"preferred" integer NOT NULL,
	"acceptable_min" integer NOT NULL,
	"acceptable_max" integer NOT NULL,
	"importance" text NOT NULL,
	"red_line" boolean NOT NULL,
	"note" text,
	"fixed" boolean DEFAULT false NOT NULL,
	"clause" text,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "answers_response_id_item_id_pk" PRIMARY KEY("response_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "checks" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"service_area" text,
	"commissioner" text,
	"contract_length" text,
	"questionnaire_version" text NOT NULL,
	"question_set" text DEFAULT 'full' NOT NULL,
	"recommendation" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fact_answers" (
	"response_id" text NOT NULL,
	"fact_id" text NOT NULL,
	"value" double precision NOT NULL,
	"red_line" boolean DEFAULT false NOT NULL,
	"finding_only" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "fact_answers_response_id_fact_id_pk" PRIMARY KEY("response_id","fact_id")
);
--> statement-breakpoint
CREATE TABLE "flag_outcomes" (
	"check_id" text NOT NULL,
	"flag_key" text NOT NULL,
	"outcome" text NOT NULL,
	"note" text,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "flag_outcomes_check_id_flag_key_pk" PRIMARY KEY("check_id","flag_key")
);
--> statement-breakpoint
CREATE TABLE "notification_addresses" (
	"check_id" text NOT NULL,
	"role" text NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_addresses_check_id_role_pk" PRIMARY KEY("check_id","role")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"check_id" text NOT NULL,
	"to_role" text NOT NULL,
	"kind" text NOT NULL,
	"about_side" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp (3) with time zone NOT NULL,
	"claimed_until" timestamp (3) with time zone,
	"claim_token" text,
	"sent_at" timestamp (3) with time zone,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" text PRIMARY KEY NOT NULL,
	"check_id" text NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "responses" (
	"id" text PRIMARY KEY NOT NULL,
	"party_id" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone,
	"submitted_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "server_keys" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_grants" (
	"session_id_hash" text NOT NULL,
	"check_id" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_grants_session_id_hash_check_id_role_pk" PRIMARY KEY("session_id_hash","check_id","role")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"flash" text
);
--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_answers" ADD CONSTRAINT "fact_answers_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flag_outcomes" ADD CONSTRAINT "flag_outcomes_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_addresses" ADD CONSTRAINT "notification_addresses_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "responses" ADD CONSTRAINT "responses_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_grants" ADD CONSTRAINT "session_grants_session_id_hash_sessions_id_hash_fk" FOREIGN KEY ("session_id_hash") REFERENCES "public"."sessions"("id_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_grants" ADD CONSTRAINT "session_grants_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_grants" ADD CONSTRAINT "session_grants_token_hash_access_tokens_token_hash_fk" FOREIGN KEY ("token_hash") REFERENCES "public"."access_tokens"("token_hash") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_tokens_check_idx" ON "access_tokens" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "access_tokens_party_idx" ON "access_tokens" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("outcome","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_check_idx" ON "outbox" USING btree ("check_id");--> statement-breakpoint
CREATE INDEX "parties_check_idx" ON "parties" USING btree ("check_id","role");--> statement-breakpoint
CREATE INDEX "responses_party_idx" ON "responses" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "session_grants_token_idx" ON "session_grants" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "session_grants_check_idx" ON "session_grants" USING btree ("check_id");