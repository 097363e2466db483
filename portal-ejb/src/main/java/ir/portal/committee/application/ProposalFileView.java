package ir.portal.committee.application;

import java.time.Instant;

/** A file of a proposal as its page lists it. */
public record ProposalFileView(
        long id, String fileName, String mediaType, long sizeBytes, String uploadedBy, Instant uploadedAt) {}
