/**
 * A saved profile's format name and version (issue 17): what app/formats/profile.ts writes and
 * app/forms/profile.server.ts reads, so the two cannot drift apart. A change to the file's shape that an older
 * reader would misread gets a new version.
 */
export const PROFILE_FORMAT = "common-ground/side-answers";
export const PROFILE_FORMAT_VERSION = 1;
