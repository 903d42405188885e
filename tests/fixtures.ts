/** Test data shared by the integration tests, the browser tests and the benchmarks (no server code). */
import type { FactId, Side } from "~/domain/types";

/** Facts that raise no flag: ample reserves, volumes, term and notice; a modest fee. */
export const HEALTHY_FACTS: Record<Side, Partial<Record<FactId, number>>> = {
  vcs: {
    reservesMonths: 12,
    contractIncomeShare: 20,
    minReferralsPerYear: 100,
    minTermMonths: 36,
    maxManagementFeePercent: 15,
    minNoticeDays: 90,
  },
  prime: {
    guaranteedReferralsPerYear: 200,
    outcomePaymentShare: 10,
    paymentLagDays: 30,
    managementFeePercent: 8,
    termMonths: 60,
    terminationNoticeDays: 180,
  },
};
