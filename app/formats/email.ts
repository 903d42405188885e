/**
 * The words of the update emails (issue 13), as plain text. They say only
 * that something happened: never an answer, a figure or a flag, and never a
 * link to a check (links are secrets, and an email is forwarded, archived and
 * scanned). The one address they may carry is the site's home page.
 */
import type { Side } from "~/domain/types";

export type EmailRecipient = "owner" | Side;

export interface UpdateEmailInput {
  kind: "side_submitted" | "result_ready";
  to: EmailRecipient;
  /** For "side_submitted": the side that submitted. */
  aboutSide?: Side | null | undefined;
  title: string;
  names: Record<Side, string>;
  /** The site's home page (PUBLIC_URL), if one is configured. */
  homeUrl?: string | undefined;
}

export interface UpdateEmail {
  subject: string;
  text: string;
}

const ROLE: Record<Side, { the: string; The: string }> = {
  vcs: { the: "the voluntary or community organisation", The: "The voluntary or community organisation" },
  prime: { the: "the prime contractor", The: "The prime contractor" },
};

const other = (side: Side): Side => (side === "vcs" ? "prime" : "vcs");

/** One line, trimmed: a title typed with line breaks must not break a header or the layout. */
const oneLine = (value: string) => value.replace(/\s+/g, " ").trim();

export function updateEmail(input: UpdateEmailInput): UpdateEmail {
  const title = oneLine(input.title);
  const name = (side: Side) => oneLine(input.names[side]);
  const paragraphs: string[] = [];
  let subject: string;

  if (input.kind === "result_ready") {
    subject = `The result is ready: ${title}`;
    paragraphs.push(`Both sides have submitted: the result for “${title}” is ready.`);
    paragraphs.push(
      `${name("vcs")} and ${name("prime")} can now both see it, and so can the person who started the check.`,
    );
  } else {
    const submitted = input.aboutSide ?? "vcs";
    const waiting = other(submitted);
    subject = `${name(submitted)} has submitted its answers: ${title}`;
    const who = `${ROLE[submitted].The}, ${name(submitted)}, has submitted its answers for “${title}”.`;
    if (input.to === submitted) {
      paragraphs.push(`Your side, ${name(submitted)}, has submitted its answers for “${title}”.`);
      paragraphs.push(
        `${name(waiting)} (${ROLE[waiting].the}) has not submitted yet. We will email you when the result is ready.`,
      );
    } else if (input.to === waiting) {
      paragraphs.push(`${who} Your side has not submitted yet.`);
      paragraphs.push(
        "Its answers stay sealed until yours are submitted too: nobody can see either side’s answers before then. The result appears as soon as you submit.",
      );
    } else {
      paragraphs.push(`${who} ${ROLE[waiting].The}, ${name(waiting)}, has not submitted yet.`);
      paragraphs.push(
        "Neither side’s answers can be seen until both have submitted. We will email you when the result is ready.",
      );
    }
  }

  paragraphs.push(
    input.homeUrl
      ? `To see where things stand, open the private link you were given for this check. This email does not contain it. Common Ground: ${input.homeUrl}`
      : "To see where things stand, open the private link you were given for this check. This email does not contain it.",
  );
  paragraphs.push(
    input.to === "owner"
      ? "You are getting this email because this address was given for updates when the check was started. You can change or remove it on the check’s page at any time."
      : "You are getting this email because this address was given for updates on your side’s page for this check. You can remove it there at any time.",
  );
  return { subject, text: `Hello,\n\n${paragraphs.join("\n\n")}\n\nCommon Ground\n` };
}
