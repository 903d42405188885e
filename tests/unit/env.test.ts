import { expect, test } from "vitest";
import { InvalidEnvError, parseEnv } from "../../server/env";

test("unset and empty settings take their defaults", () => {
  const env = parseEnv({ PORT: "", HOST: undefined });
  expect(env).toMatchObject({
    NODE_ENV: "production",
    PORT: 3000,
    HOST: "127.0.0.1",
    MAX_BODY_BYTES: 256 * 1024,
    RATE_LIMIT_CHECKS_PER_MINUTE: 30,
    RATE_LIMIT_LINK_OPENS_PER_MINUTE: 300,
    LOG_LEVEL: "info",
  });
  expect(env.TRUST_PROXY).toBeUndefined();
});

test("numbers are read as numbers, and TRUST_PROXY as hops or addresses", () => {
  expect(parseEnv({ PORT: "8080", TRUST_PROXY: "1" })).toMatchObject({ PORT: 8080, TRUST_PROXY: 1 });
  expect(parseEnv({ TRUST_PROXY: "loopback, 10.0.0.0/8" }).TRUST_PROXY).toBe("loopback, 10.0.0.0/8");
});

test("a bad value is refused with the variable's name, what was given and what it accepts", () => {
  const attempt = () =>
    parseEnv({ PORT: "80a", RATE_LIMIT_CHECKS_PER_MINUTE: "0", MAX_BODY_BYTES: "2.5", LOG_LEVEL: "loud" });
  expect(attempt).toThrow(InvalidEnvError);
  expect(attempt).toThrow('PORT="80a": expected a whole number from 1 to 65535');
  expect(attempt).toThrow('RATE_LIMIT_CHECKS_PER_MINUTE="0": expected a whole number from 1 to 1000000');
  expect(attempt).toThrow('MAX_BODY_BYTES="2.5": expected a whole number');
  expect(attempt).toThrow('LOG_LEVEL="loud": expected one of fatal, error');
});
