CREATE TABLE `stakeholder_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`for_whom` text NOT NULL,
	`who` text NOT NULL,
	`what` text NOT NULL,
	`due_on` text,
	`theme_id` text,
	`recorded_by` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `stakeholder_reviews`(`check_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stakeholder_actions_review_idx` ON `stakeholder_actions` (`review_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	`open_token_hash` text,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `stakeholder_reviews`(`check_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`open_token_hash`) REFERENCES `access_tokens`(`token_hash`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholder_groups_open_token_hash_unique` ON `stakeholder_groups` (`open_token_hash`);--> statement-breakpoint
CREATE INDEX `stakeholder_groups_review_idx` ON `stakeholder_groups` (`review_id`,`name`);--> statement-breakpoint
CREATE TABLE `stakeholder_invitations` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`group_id` text NOT NULL,
	`level` text NOT NULL,
	FOREIGN KEY (`token_hash`) REFERENCES `access_tokens`(`token_hash`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `stakeholder_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stakeholder_invitations_group_idx` ON `stakeholder_invitations` (`group_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_ratings` (
	`response_id` text NOT NULL,
	`statement_id` text NOT NULL,
	`rating` integer,
	PRIMARY KEY(`response_id`, `statement_id`),
	FOREIGN KEY (`response_id`) REFERENCES `stakeholder_responses`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `stakeholder_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`review_id` text NOT NULL,
	`kind` text NOT NULL,
	`group_id` text,
	`level` text,
	`token_hash` text,
	`submitted_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`review_id`) REFERENCES `stakeholder_reviews`(`check_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`group_id`) REFERENCES `stakeholder_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`token_hash`) REFERENCES `access_tokens`(`token_hash`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholder_responses_token_hash_unique` ON `stakeholder_responses` (`token_hash`);--> statement-breakpoint
CREATE INDEX `stakeholder_responses_review_idx` ON `stakeholder_responses` (`review_id`,`kind`);--> statement-breakpoint
CREATE INDEX `stakeholder_responses_group_idx` ON `stakeholder_responses` (`group_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_reviews` (
	`check_id` text PRIMARY KEY NOT NULL,
	`service` text NOT NULL,
	`provider_name` text NOT NULL,
	`commissioner_name` text NOT NULL,
	`created_by` text NOT NULL,
	`questionnaire_version` text NOT NULL,
	`commissioner_confirmed_at` integer,
	`provider_confirmed_at` integer,
	`previous_check_id` text,
	`number` integer DEFAULT 1 NOT NULL,
	`closed_at` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`previous_check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stakeholder_reviews_previous_check_id_unique` ON `stakeholder_reviews` (`previous_check_id`);--> statement-breakpoint
CREATE TABLE `stakeholder_texts` (
	`response_id` text NOT NULL,
	`question_id` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`response_id`, `question_id`),
	FOREIGN KEY (`response_id`) REFERENCES `stakeholder_responses`(`id`) ON UPDATE no action ON DELETE cascade
);
