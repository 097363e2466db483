package ir.portal.platform.files;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a kept file, read only when someone downloads it. */
@Entity
@Table(name = "kept_file_content")
public class KeptFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected KeptFileContent() {}

    KeptFileContent(long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content.clone();
    }

    byte[] bytes() {
        return content.clone();
    }
}
