/** What the server needs to know of the database at start-up: when it is migrated, and which one it is. */
export { databaseDialect, databaseReady } from "~/db.server";
