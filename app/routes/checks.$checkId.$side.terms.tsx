export { default, handle, loader, meta } from "./checks.$checkId.terms";
