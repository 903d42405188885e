CREATE TABLE `overrides` (
	`response_id` text NOT NULL,
	`item_id` text NOT NULL,
	`preferred` integer NOT NULL,
	`acceptable_min` integer NOT NULL,
	`acceptable_max` integer NOT NULL,
	`importance` text NOT NULL,
	`red_line` integer NOT NULL,
	`reason` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`response_id`, `item_id`),
	FOREIGN KEY (`response_id`) REFERENCES `responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `access_tokens` ADD `response_id` text REFERENCES responses(id) ON DELETE cascade;--> statement-breakpoint
CREATE INDEX `access_tokens_response_idx` ON `access_tokens` (`response_id`);--> statement-breakpoint
ALTER TABLE `answers` ADD `note_shared` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `kind` text DEFAULT 'side' NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `label` text;