CREATE TABLE `participant_dealbreakers` (
	`check_id` text NOT NULL,
	`code` text NOT NULL,
	PRIMARY KEY(`check_id`, `code`),
	FOREIGN KEY (`check_id`) REFERENCES `participants`(`check_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`check_id` text PRIMARY KEY NOT NULL,
	`workshop_id` text NOT NULL,
	`scored_with` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workshop_id`) REFERENCES `workshops`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `participants_workshop_idx` ON `participants` (`workshop_id`);--> statement-breakpoint
CREATE TABLE `workshops` (
	`id` text PRIMARY KEY NOT NULL,
	`check_id` text NOT NULL,
	`held_on` text NOT NULL,
	`profile` text NOT NULL,
	`join_code` text NOT NULL,
	`retention_days` integer NOT NULL,
	`closed_at` integer,
	`answers_deleted_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workshops_check_id_unique` ON `workshops` (`check_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `workshops_join_code_unique` ON `workshops` (`join_code`);--> statement-breakpoint
ALTER TABLE `checks` ADD `sections` text;