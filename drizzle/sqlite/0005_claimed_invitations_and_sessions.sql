CREATE TABLE `server_keys` (
	`name` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `session_grants` (
	`session_id_hash` text NOT NULL,
	`check_id` text NOT NULL,
	`role` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`session_id_hash`, `check_id`, `role`),
	FOREIGN KEY (`session_id_hash`) REFERENCES `sessions`(`id_hash`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`token_hash`) REFERENCES `access_tokens`(`token_hash`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_grants_token_idx` ON `session_grants` (`token_hash`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`flash` text
);
--> statement-breakpoint
ALTER TABLE `access_tokens` ADD `kind` text DEFAULT 'link' NOT NULL;--> statement-breakpoint
ALTER TABLE `access_tokens` ADD `claimed_at` integer;--> statement-breakpoint
ALTER TABLE `access_tokens` ADD `sealed_token` text;
--> statement-breakpoint
-- Side links made before this migration were derived from the owner's link, so the owner could use them:
-- each becomes an invitation, and whoever opens it first claims the side and gets a link of its own.
UPDATE `access_tokens` SET `kind` = 'invitation' WHERE `role` IN ('vcs', 'prime') AND `revoked_at` IS NULL;
