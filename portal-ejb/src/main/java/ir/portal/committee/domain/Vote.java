package ir.portal.committee.domain;

import ir.portal.platform.domain.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's vote on an agenda item, with their comment. */
@Entity
@Table(name = "committee_vote")
public class Vote extends BaseEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private AgendaItem item;

    @Column(name = "member", nullable = false, length = 100)
    private String member;

    @Enumerated(EnumType.STRING)
    @Column(name = "choice", nullable = false, length = 20)
    private VoteChoice choice;

    @Column(name = "comment", length = 4000)
    private String comment;

    @Column(name = "cast_at", nullable = false)
    private Instant castAt;

    protected Vote() {}

    Vote(AgendaItem item, String member, VoteChoice choice, String comment, Instant castAt) {
        this.item = item;
        this.member = member;
        this.choice = choice;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.castAt = castAt;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getMember() {
        return member;
    }

    public VoteChoice getChoice() {
        return choice;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCastAt() {
        return castAt;
    }
}
