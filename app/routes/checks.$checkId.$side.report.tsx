// A side's full report is the owner's page, authorised for that side (the loader reads `side` from the address);
// only the owner records outcomes, so the action refuses a side.
export { action, default, handle, loader, meta } from "./checks.$checkId.report";
