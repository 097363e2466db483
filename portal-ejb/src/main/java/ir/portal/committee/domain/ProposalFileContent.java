package ir.portal.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a proposal's file, read only when someone downloads it. */
@Entity
@Table(name = "committee_proposal_file_content")
public class ProposalFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected ProposalFileContent() {}

    public ProposalFileContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content.clone();
    }

    public byte[] bytes() {
        return content.clone();
    }
}
