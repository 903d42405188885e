CREATE TABLE "overrides" (
	"response_id" text NOT NULL,
	"item_id" text NOT NULL,
	"preferred" integer NOT NULL,
	"acceptable_min" integer NOT NULL,
	"acceptable_max" integer NOT NULL,
	"importance" text NOT NULL,
	"red_line" boolean NOT NULL,
	"reason" text NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "overrides_response_id_item_id_pk" PRIMARY KEY("response_id","item_id")
);
--> statement-breakpoint
ALTER TABLE "access_tokens" ADD COLUMN "response_id" text;--> statement-breakpoint
ALTER TABLE "answers" ADD COLUMN "note_shared" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "kind" text DEFAULT 'side' NOT NULL;--> statement-breakpoint
ALTER TABLE "responses" ADD COLUMN "label" text;--> statement-breakpoint
ALTER TABLE "overrides" ADD CONSTRAINT "overrides_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "access_tokens" ADD CONSTRAINT "access_tokens_response_id_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "access_tokens_response_idx" ON "access_tokens" USING btree ("response_id");