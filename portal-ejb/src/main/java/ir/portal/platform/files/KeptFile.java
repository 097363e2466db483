package ir.portal.platform.files;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file the portal keeps for its owner ({@code ContentItem:42}): its safe name, detected type and size. */
@Entity
@Table(name = "kept_file")
public class KeptFile extends BaseEntity {

    @Column(name = "owner", nullable = false, length = 100)
    private String owner;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "kept_by", nullable = false, length = 100)
    private String keptBy;

    @Column(name = "kept_at", nullable = false)
    private Instant keptAt;

    protected KeptFile() {}

    KeptFile(String owner, String fileName, String mediaType, long size, String keptBy, Instant keptAt) {
        this.owner = owner;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.keptBy = keptBy;
        this.keptAt = keptAt;
    }

    public String getOwner() {
        return owner;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }
}
