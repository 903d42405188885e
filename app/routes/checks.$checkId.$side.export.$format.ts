// A side's exports are the owner's, authorised for that side (the loader reads `side` from the address).
export { action, loader } from "./checks.$checkId.export.$format";
