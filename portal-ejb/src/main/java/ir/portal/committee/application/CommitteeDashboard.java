package ir.portal.committee.application;

import ir.portal.catalog.domain.Vocabulary.ServiceType;
import ir.portal.committee.domain.ProposalStatus;
import ir.portal.committee.domain.UnitTally;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The committee's figures for the proposals made in a period (Tehran dates, both ends included): how many stand
 * in each state, come from each unit and are for each audience type; and how long, in working days, the way from
 * the first submission to the decision and to publication took.
 */
public record CommitteeDashboard(
        LocalDate from,
        LocalDate to,
        Map<ProposalStatus, Long> byStatus,
        List<UnitTally> byUnit,
        Map<ServiceType, Long> byServiceType,
        Timing toDecision,
        Timing toPublication) {

    /** All the proposals the figures count. */
    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Working days over a number of proposals: the mean (one decimal) and the 90th percentile by nearest rank (the
     * smallest figure that at least nine in ten proposals did not exceed); both null when there is none.
     */
    public record Timing(int count, BigDecimal mean, Integer p90) {

        public static Timing of(List<Integer> days) {
            if (days.isEmpty()) {
                return new Timing(0, null, null);
            }
            List<Integer> sorted = days.stream().sorted().toList();
            long sum = sorted.stream().mapToLong(Integer::longValue).sum();
            int rank = (int) Math.ceil(0.9 * sorted.size());
            return new Timing(
                    sorted.size(),
                    BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(sorted.size()), 1, RoundingMode.HALF_UP),
                    sorted.get(rank - 1));
        }
    }
}
