ALTER TABLE `answers` ADD `fixed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `answers` ADD `clause` text;--> statement-breakpoint
ALTER TABLE `checks` ADD `question_set` text DEFAULT 'full' NOT NULL;--> statement-breakpoint
ALTER TABLE `fact_answers` ADD `red_line` integer DEFAULT false NOT NULL;