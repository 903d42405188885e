/** The owner's check-ups: the side's page, with the form that starts the next round (its action). */
export { action, default, handle, loader, meta } from "./checks.$checkId.$side.rounds";
