package ir.portal.committee.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file that goes with a proposal (a letter, a study, a form), checked by the kernel's intake. Its bytes sit apart
 * in {@link ProposalFileContent} so the list of a proposal's files never loads them.
 */
@Entity
@Table(name = "committee_proposal_file")
public class ProposalFile extends BaseEntity {

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ProposalFile() {}

    public ProposalFile(
            long proposalId, String fileName, String mediaType, long sizeBytes, String uploadedBy, Instant at) {
        this.proposalId = proposalId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    public long getProposalId() {
        return proposalId;
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

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
