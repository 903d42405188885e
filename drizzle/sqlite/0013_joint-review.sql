CREATE TABLE `review_figures` (
	`check_id` text NOT NULL,
	`flag_key` text NOT NULL,
	`fact_id` text NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`check_id`, `flag_key`, `fact_id`),
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `review_outcomes` (
	`check_id` text NOT NULL,
	`flag_key` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer,
	`wording` text,
	`reason` text,
	`accepted_by` text,
	`proposed_by` text NOT NULL,
	`proposed_at` integer NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`confirmed_at` integer,
	PRIMARY KEY(`check_id`, `flag_key`),
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rounds` (
	`check_id` text PRIMARY KEY NOT NULL,
	`previous_check_id` text,
	`occasion` text NOT NULL,
	`number` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`previous_check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_previous_check_id_unique` ON `rounds` (`previous_check_id`);