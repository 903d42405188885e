CREATE INDEX `access_tokens_party_idx` ON `access_tokens` (`party_id`);--> statement-breakpoint
CREATE INDEX `session_grants_check_idx` ON `session_grants` (`check_id`);