package ir.portal.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecisionRuleTest {

    @Test
    void theQuorumIsTheShareOfTheMembersRoundedUp() {
        assertEquals(4, DecisionRule.of(5, 2, 3, Decision.DEFERRED).getQuorum());
        assertEquals(4, DecisionRule.of(6, 2, 3, Decision.DEFERRED).getQuorum());
        assertEquals(5, DecisionRule.of(7, 2, 3, Decision.DEFERRED).getQuorum());
        assertEquals(3, DecisionRule.of(5, 1, 2, Decision.DEFERRED).getQuorum());
        DecisionRule five = DecisionRule.of(5, 2, 3, Decision.DEFERRED);
        assertFalse(five.hasQuorum(3));
        assertTrue(five.hasQuorum(4));
    }

    @Test
    void approvalsMustOutnumberRejectionsAndATieDecidesTheRulesTie() {
        DecisionRule defer = DecisionRule.of(5, 2, 3, Decision.DEFERRED);
        assertEquals(Decision.APPROVED, defer.decide(2, 1));
        assertEquals(Decision.REJECTED, defer.decide(1, 2));
        assertEquals(Decision.DEFERRED, defer.decide(2, 2));
        assertEquals(Decision.DEFERRED, defer.decide(0, 0), "all abstained");
        assertEquals(
                Decision.REJECTED, DecisionRule.of(5, 2, 3, Decision.REJECTED).decide(1, 1));
    }

    @Test
    void aShareAboveTheWholeIsNoRule() {
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.of(5, 4, 3, Decision.DEFERRED));
        assertThrows(IllegalArgumentException.class, () -> DecisionRule.of(0, 2, 3, Decision.DEFERRED));
    }
}
