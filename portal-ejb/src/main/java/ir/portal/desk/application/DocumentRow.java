package ir.portal.desk.application;

import java.time.Instant;

import ir.portal.platform.domain.LocalizedText;

/** A file of a request as its list shows it; the bytes come only through a download. */
public record DocumentRow(long id, LocalizedText purpose, String fileName, String mediaType, long sizeBytes,
        Instant uploadedAt, boolean byStaff) {
}
