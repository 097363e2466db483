package ir.portal.committee.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ir.portal.committee.application.CommitteeDashboard.Timing;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingTest {

    @Test
    void theMeanHasOneDecimalAndTheNinetiethPercentileIsTheNearestRank() {
        Timing ten = Timing.of(List.of(10, 1, 2, 3, 4, 5, 6, 7, 8, 30));
        assertEquals(10, ten.count());
        assertEquals(new BigDecimal("7.6"), ten.mean());
        assertEquals(10, ten.p90(), "nine of ten took at most 10 working days");
        Timing eleven = Timing.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11));
        assertEquals(10, eleven.p90(), "the 10th of 11 is the first to cover nine in ten (90.9 %)");
    }

    @Test
    void oneProposalIsItsOwnMeanAndPercentile() {
        Timing one = Timing.of(List.of(4));
        assertEquals(new BigDecimal("4.0"), one.mean());
        assertEquals(4, one.p90());
    }

    @Test
    void noProposalHasNoFigures() {
        Timing none = Timing.of(List.of());
        assertEquals(0, none.count());
        assertNull(none.mean());
        assertNull(none.p90());
    }
}
