import { expect, test } from "vitest";
import { InvalidEnvError, parseEnv } from "../../server/env";

test("email is off unless SMTP_URL is set; then MAIL_FROM is required", () => {
  expect(parseEnv({ SMTP_URL: "", MAIL_FROM: "" })).toMatchObject({ SMTP_URL: undefined, MAIL_FROM: undefined });
  const on = parseEnv({
    SMTP_URL: "smtp://user:pass@mail.example.org:587",
    MAIL_FROM: "Common Ground <updates@example.org>",
    PUBLIC_URL: "https://commonground.example.org",
  });
  expect(on).toMatchObject({
    SMTP_URL: "smtp://user:pass@mail.example.org:587",
    MAIL_FROM: "Common Ground <updates@example.org>",
    PUBLIC_URL: "https://commonground.example.org",
  });
  expect(parseEnv({ SMTP_URL: "smtps://mail.example.org", MAIL_FROM: "updates@example.org" }).MAIL_FROM).toBe(
    "updates@example.org",
  );
  expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.org" })).toThrow(
    'MAIL_FROM="": expected an address, or a name and an address, such as Common Ground <updates@example.org>, when SMTP_URL is set',
  );
});

test("a bad mail setting stops start-up naming it, without printing the SMTP password", () => {
  const attempt = () =>
    parseEnv({ SMTP_URL: "https://user:s3cret@mail.example.org", MAIL_FROM: "updates", PUBLIC_URL: "ftp://x.org" });
  expect(attempt).toThrow(InvalidEnvError);
  expect(attempt).toThrow('SMTP_URL="https://user:***@mail.example.org": expected an smtp:// or smtps:// address');
  expect(attempt).toThrow('MAIL_FROM="updates": expected an address');
  expect(attempt).toThrow('PUBLIC_URL="ftp://x.org": expected an http:// or https:// address');
  expect(attempt).not.toThrow(/s3cret/);
  expect(() => parseEnv({ SMTP_URL: "not a url", MAIL_FROM: "a@example.org" })).toThrow(/SMTP_URL="not a url"/);
});
