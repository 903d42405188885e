/**
 * The framework floor (tests/bench/cpu.ts): the smallest Remix app on the
 * app's own compiler settings. Built into tests/bench/results/floor/, which git
 * and ESLint ignore, by `remix build tests/bench/floor`.
 * @type {import('@remix-run/dev').AppConfig}
 */
export default {
  ignoredRouteFiles: ["**/.*"],
  serverModuleFormat: "esm",
  assetsBuildDirectory: "../results/floor/public/build",
  serverBuildPath: "../results/floor/build/index.js",
  cacheDirectory: "../results/floor/.cache",
  future: {
    v3_fetcherPersist: true,
    v3_lazyRouteDiscovery: true,
    v3_relativeSplatPath: true,
    v3_singleFetch: true,
    v3_throwAbortReason: true,
  },
};
