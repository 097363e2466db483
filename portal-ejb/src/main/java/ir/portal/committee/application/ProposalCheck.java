package ir.portal.committee.application;

import ir.portal.committee.domain.ProposalDetails;
import ir.portal.committee.domain.ProposalReason;
import ir.portal.platform.errors.Problems;

/** What a proposal must say before it is saved: a title, the audience type, the reason and, for an index, which. */
final class ProposalCheck {

    static final String NOT_NEGATIVE = "committee.invalid.not-negative";

    private ProposalCheck() {}

    static void check(ProposalDetails d) {
        Problems problems = new Problems();
        problems.addIf(blank(d.getTitle()), "title", Problems.REQUIRED);
        problems.addIf(d.getTitle() != null && d.getTitle().strip().length() > 300, "title", Problems.TOO_LONG);
        problems.addIf(d.getServiceType() == null, "serviceType", Problems.REQUIRED);
        problems.addIf(d.getReason() == null, "reason", Problems.REQUIRED);
        if (d.getReason() == ProposalReason.EVALUATION_INDEX) {
            problems.addIf(blank(d.getIndexName()), "indexName", Problems.REQUIRED);
            problems.addIf(d.getIndexScore() == null, "indexScore", Problems.REQUIRED);
        }
        problems.addIf(negative(d.getUsersPerYear()), "usersPerYear", NOT_NEGATIVE);
        problems.addIf(negative(d.getVisitsSavedPerYear()), "visitsSavedPerYear", NOT_NEGATIVE);
        problems.addIf(d.getIndexScore() != null && d.getIndexScore().signum() < 0, "indexScore", NOT_NEGATIVE);
        problems.throwIfAny();
    }

    /** A note that a step needs (the secretary's questions, say). */
    static String required(String note, String field) {
        if (blank(note)) {
            new Problems().add(field, Problems.REQUIRED).throwIfAny();
        }
        return note.strip();
    }

    /** A note a step may carry; blank is none. */
    static String optional(String note) {
        return blank(note) ? null : note.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean negative(Long value) {
        return value != null && value < 0;
    }
}
