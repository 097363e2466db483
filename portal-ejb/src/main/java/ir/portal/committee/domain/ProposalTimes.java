package ir.portal.committee.domain;

import java.time.Instant;

/** When a decided proposal was first submitted, decided and (if it was) published. */
public record ProposalTimes(Instant firstSubmittedAt, Instant decidedAt, Instant publishedAt) {}
