// A side's board paper is the owner's, authorised for that side (the loader reads `side` from the address).
export { default, loader, meta } from "./checks.$checkId.print";
