CREATE TABLE `flag_outcomes` (
	`check_id` text NOT NULL,
	`flag_key` text NOT NULL,
	`outcome` text NOT NULL,
	`note` text,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`check_id`, `flag_key`),
	FOREIGN KEY (`check_id`) REFERENCES `checks`(`id`) ON UPDATE no action ON DELETE cascade
);
