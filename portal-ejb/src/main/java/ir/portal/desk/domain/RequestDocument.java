package ir.portal.desk.domain;

import ir.portal.accounts.domain.Account;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file that belongs to a request: a document of the form, a message's attachment, an answer letter. The bytes
 * sit apart in {@link DocumentContent} so lists of documents never load them.
 */
@Entity
@Table(name = "request_document")
public class RequestDocument extends BaseEntity {

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "slot", nullable = false, length = 60)
    private String slot;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "by_staff", nullable = false)
    private boolean byStaff;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by", nullable = false)
    private Account uploadedBy;

    protected RequestDocument() {}

    public RequestDocument(
            long requestId, String slot, String fileName, String mediaType, long sizeBytes, Actor by, Instant at) {
        this.requestId = requestId;
        this.slot = slot;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.byStaff = by.isStaff();
        this.uploadedBy = by.account();
        this.uploadedAt = at;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getSlot() {
        return slot;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public boolean isByStaff() {
        return byStaff;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
