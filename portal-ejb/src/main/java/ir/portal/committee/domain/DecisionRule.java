package ir.portal.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a meeting decides, frozen when it opens so that a change of the settings during a meeting changes nothing
 * in it: of the {@code members} the committee had, at least {@code quorum} must be present for any decision; an
 * item is approved when approvals outnumber rejections among the votes cast (abstentions not counted), rejected
 * when rejections outnumber approvals, and a tie decides {@code tie}.
 */
@Embeddable
public class DecisionRule {

    @Column(name = "rule_members")
    private Integer members;

    @Column(name = "rule_quorum")
    private Integer quorum;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_tie", length = 20)
    private Decision tie;

    protected DecisionRule() {}

    private DecisionRule(int members, int quorum, Decision tie) {
        this.members = members;
        this.quorum = quorum;
        this.tie = tie;
    }

    /**
     * The rule for a committee of {@code members}: a quorum of {@code numerator/denominator} of them, rounded up
     * (2/3 of 5 members is 4).
     */
    public static DecisionRule of(int members, int numerator, int denominator, Decision tie) {
        if (members < 1 || numerator < 1 || denominator < numerator) {
            throw new IllegalArgumentException(
                    "A quorum of " + numerator + "/" + denominator + " of " + members + " members");
        }
        return new DecisionRule(members, (members * numerator + denominator - 1) / denominator, tie);
    }

    public boolean hasQuorum(int present) {
        return present >= quorum;
    }

    public Decision decide(long approvals, long rejections) {
        if (approvals == rejections) {
            return tie;
        }
        return approvals > rejections ? Decision.APPROVED : Decision.REJECTED;
    }

    public int getMembers() {
        return members;
    }

    public int getQuorum() {
        return quorum;
    }

    public Decision getTie() {
        return tie;
    }
}
