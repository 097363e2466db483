package ir.portal.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a request document, read only when someone downloads it. */
@Entity
@Table(name = "document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected DocumentContent() {}

    public DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] bytes() {
        return content.clone();
    }
}
