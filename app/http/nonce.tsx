import { createContext, useContext } from "react";

/**
 * The per-request CSP nonce, provided by entry.server.tsx around the app so
 * that it reaches <Scripts> without ever being part of loader data. In the
 * browser it is empty: browsers hide nonce attributes from scripts anyway.
 */
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
  return useContext(NonceContext);
}
