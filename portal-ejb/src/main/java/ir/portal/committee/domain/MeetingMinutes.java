package ir.portal.committee.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The minutes of a closed meeting as a PDF, written once when the secretary closes it and kept with it. */
@Entity
@Table(name = "committee_minutes")
public class MeetingMinutes {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected MeetingMinutes() {}

    public MeetingMinutes(long meetingId, byte[] content, Instant createdAt) {
        this.meetingId = meetingId;
        this.content = content.clone();
        this.createdAt = createdAt;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public byte[] content() {
        return content.clone();
    }
}
