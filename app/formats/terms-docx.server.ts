/**
 * The draft heads of terms as a Word document (docs/api.md, "After the conversation"), made with the `docx`
 * package: real headings, a table of terms with a Fixed/Negotiated column, the accepted risks, and what is still
 * open at the end; the not-legal-advice statement first.
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { BASIS_LABELS, CARRIED_BY, type HeadsOfTerms, type TermLine } from "~/domain/heads-of-terms";
import { termsFileName } from "./terms-json";

const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });

function cell(text: string, bold = false, width?: number) {
  return new TableCell({
    children: [p(text, bold)],
    ...(width ? { width: { size: width, type: WidthType.PERCENTAGE } } : {}),
  });
}

function termsTable(lines: readonly TermLine[]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: [
          cell("No.", true, 6),
          cell("Term", true, 24),
          cell("What the parties will do", true, 55),
          cell("Basis", true, 15),
        ],
      }),
      ...lines.map(
        (line, n) =>
          new TableRow({
            children: [
              cell(String(n + 1)),
              cell(line.heading),
              new TableCell({
                children: [p(line.text), ...(line.wording ? [p(`Wording agreed: “${line.wording}”`)] : [])],
              }),
              cell(BASIS_LABELS[line.basis]),
            ],
          }),
      ),
    ],
  });
}

export async function termsDocx(terms: HeadsOfTerms): Promise<Buffer> {
  const agreed = terms.terms.filter((t) => t.source === "agreed");
  const met = terms.terms.filter((t) => t.source === "met");
  const { before, after } = terms.verdict;
  const children = [
    heading(`Draft heads of terms: ${terms.title}`, HeadingLevel.TITLE),
    p(terms.notLegalAdvice, true),
    p(`Between ${terms.parties.vcs} (the organisation) and ${terms.parties.prime} (the prime contractor).`),
    p(
      `Drafted ${terms.drafted.toISOString().slice(0, 10)} from the joint review, with ${terms.bank.label} and ${terms.method.label}.`,
    ),
    p(
      `Verdict before the joint review: ${before.label} (${before.overall} out of 100). After: ${after.label} (${after.overall} out of 100).`,
    ),
    heading("1. Terms agreed in the joint review", HeadingLevel.HEADING_1),
    agreed.length ? termsTable(agreed) : p("No term has been agreed by both sides yet."),
    heading("2. Terms where the answers already met", HeadingLevel.HEADING_1),
    met.length ? termsTable(met) : p("None."),
    heading("3. Risks accepted", HeadingLevel.HEADING_1),
    ...(terms.accepted.length
      ? terms.accepted.map((a) => p(`${a.heading}: ${a.text} Carried by ${CARRIED_BY[a.acceptedBy]}. Why: ${a.reason}`))
      : [p("None.")]),
    heading("4. Still open", HeadingLevel.HEADING_1),
    ...(terms.open.length ? terms.open.map((o) => p(`${o.heading}: ${o.text} ${o.why}`)) : [p("Nothing is open.")]),
  ];
  const document = new Document({
    creator: "Common Ground",
    title: `Draft heads of terms: ${terms.title}`,
    description: terms.notLegalAdvice,
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}

/** The document as a download, never cached. */
export async function termsDocxResponse(terms: HeadsOfTerms): Promise<Response> {
  const body = await termsDocx(terms);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${termsFileName(terms.title)}.docx"`,
      "Cache-Control": "no-store",
    },
  });
}
