export { loader } from "./checks.$checkId.terms[.docx]";
