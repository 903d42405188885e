/**
 * Test data shared by the integration tests, the browser tests and the benchmarks (no server code): facts that
 * raise no flag — ample reserves, volumes, term and notice; a modest fee. The same figures the domain's
 * scenarios use (app/domain/scenarios.ts), so a test and a scenario mean the same thing by "healthy".
 */
export { SCENARIO_HEALTHY_FACTS as HEALTHY_FACTS } from "~/domain/scenarios";
