package ir.portal.desk.application;

import ir.portal.platform.domain.LocalizedText;
import java.time.Instant;

/** A file of a request as its list shows it; the bytes come only through a download. */
public record DocumentRow(
        long id,
        LocalizedText purpose,
        String fileName,
        String mediaType,
        long sizeBytes,
        Instant uploadedAt,
        boolean byStaff) {}
