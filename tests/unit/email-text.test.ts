import { expect, test } from "vitest";
import { SIDES } from "~/domain/types";
import { updateEmail, type EmailRecipient, type UpdateEmailInput } from "~/formats/email";

const base = {
  title: "Community rehabilitation, North West lot",
  names: { vcs: "Helping Hands", prime: "BigCo Services" },
} satisfies Partial<UpdateEmailInput>;

const RECIPIENTS: EmailRecipient[] = ["owner", ...SIDES];

const every = (homeUrl?: string) =>
  RECIPIENTS.flatMap((to) => [
    updateEmail({ ...base, kind: "result_ready", to, homeUrl }),
    ...SIDES.map((aboutSide) => updateEmail({ ...base, kind: "side_submitted", to, aboutSide, homeUrl })),
  ]);

test("the other side hears only that a side submitted, and that its own has not", () => {
  const email = updateEmail({ ...base, kind: "side_submitted", to: "vcs", aboutSide: "prime" });
  expect(email.text).toContain(
    "The prime contractor, BigCo Services, has submitted its answers for “Community rehabilitation, North West lot”. Your side has not submitted yet.",
  );
  expect(email.subject).toBe("BigCo Services has submitted its answers: Community rehabilitation, North West lot");
});

test("the owner hears who submitted and who has not; the submitting side gets a receipt", () => {
  const owner = updateEmail({ ...base, kind: "side_submitted", to: "owner", aboutSide: "vcs" });
  expect(owner.text).toContain(
    "The voluntary or community organisation, Helping Hands, has submitted its answers for “Community rehabilitation, North West lot”. The prime contractor, BigCo Services, has not submitted yet.",
  );
  expect(owner.text).toContain("You can change or remove it on the check’s page at any time.");
  const receipt = updateEmail({ ...base, kind: "side_submitted", to: "vcs", aboutSide: "vcs" });
  expect(receipt.text).toContain("Your side, Helping Hands, has submitted its answers");
  expect(receipt.text).toContain("We will email you when the result is ready.");
});

test("everyone hears that the result is ready", () => {
  for (const to of RECIPIENTS) {
    const email = updateEmail({ ...base, kind: "result_ready", to });
    expect(email.subject).toBe("The result is ready: Community rehabilitation, North West lot");
    expect(email.text).toContain(
      "Both sides have submitted: the result for “Community rehabilitation, North West lot” is ready.",
    );
  }
});

test("no email carries a link, a figure or a score; only the site's home page when one is configured", () => {
  for (const email of every()) {
    expect(email.text).not.toMatch(/https?:|\/i\/|www\./);
    expect(email.text).not.toMatch(/\d/);
    expect(email.text).toContain("open the private link you were given");
  }
  for (const email of every("https://commonground.example.org")) {
    expect(email.text.match(/https?:\/\/\S+/g)).toEqual(["https://commonground.example.org"]);
  }
});

test("a title typed with line breaks stays on one line in the subject", () => {
  const email = updateEmail({
    ...base,
    title: "Two\r\nlines\nBcc: someone@example.org",
    kind: "result_ready",
    to: "owner",
  });
  expect(email.subject).not.toMatch(/[\r\n]/);
  expect(email.subject).toBe("The result is ready: Two lines Bcc: someone@example.org");
});
