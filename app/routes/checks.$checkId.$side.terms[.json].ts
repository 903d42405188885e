export { loader } from "./checks.$checkId.terms[.json]";
