CREATE TABLE "participant_dealbreakers" (
	"check_id" text NOT NULL,
	"code" text NOT NULL,
	CONSTRAINT "participant_dealbreakers_check_id_code_pk" PRIMARY KEY("check_id","code")
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"check_id" text PRIMARY KEY NOT NULL,
	"workshop_id" text NOT NULL,
	"scored_with" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" text PRIMARY KEY NOT NULL,
	"check_id" text NOT NULL,
	"held_on" text NOT NULL,
	"profile" text NOT NULL,
	"join_code" text NOT NULL,
	"retention_days" integer NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"answers_deleted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshops_check_id_unique" UNIQUE("check_id"),
	CONSTRAINT "workshops_join_code_unique" UNIQUE("join_code")
);
--> statement-breakpoint
ALTER TABLE "checks" ADD COLUMN "sections" text;--> statement-breakpoint
ALTER TABLE "participant_dealbreakers" ADD CONSTRAINT "participant_dealbreakers_check_id_participants_check_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."participants"("check_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_check_id_checks_id_fk" FOREIGN KEY ("check_id") REFERENCES "public"."checks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participants_workshop_idx" ON "participants" USING btree ("workshop_id");