CREATE TABLE `candidate_scores` (
	`check_id` text NOT NULL,
	`dimension_id` text NOT NULL,
	`score` real,
	PRIMARY KEY(`check_id`, `dimension_id`),
	FOREIGN KEY (`check_id`) REFERENCES `candidates`(`check_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `candidates` (
	`check_id` text PRIMARY KEY NOT NULL,
	`search_id` text NOT NULL,
	`source` text NOT NULL,
	`email` text,
	`verdict` text,
	`verdict_rank` integer,
	`overall` real,
	`dealbreakers` integer,
	`scored_with` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`search_id`) REFERENCES `searches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidates_search_idx` ON `candidates` (`search_id`,`verdict_rank`,`overall`);--> statement-breakpoint
CREATE TABLE `searches` (
	`id` text PRIMARY KEY NOT NULL,
	`check_id` text NOT NULL,
	`apply_code` text NOT NULL,
	`closes_at` integer,
	`closed_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `searches_check_id_unique` ON `searches` (`check_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `searches_apply_code_unique` ON `searches` (`apply_code`);