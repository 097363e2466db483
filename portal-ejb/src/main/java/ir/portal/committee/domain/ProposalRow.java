package ir.portal.committee.domain;

import ir.portal.catalog.domain.Vocabulary.ServiceType;
import java.time.Instant;

/** A proposal in a list: what it is, whose, where it stands. */
public record ProposalRow(
        long id,
        long version,
        String title,
        String unitCode,
        String unitNameFa,
        String unitNameEn,
        ServiceType serviceType,
        ProposalStatus status,
        Instant createdAt,
        Instant submittedAt) {}
