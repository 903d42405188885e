/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />
export {};

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Set by server/index.ts for each request; absent under `remix dev`. */
    cspNonce?: string;
  }
}
