package ir.portal.desk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The citizen's rating of a completed request (seeds/003, criterion 9): 1 to 5 stars and a comment, given once. */
@Embeddable
public class RequestRating {

    @Column(name = "rating")
    private Integer stars;

    @Column(name = "feedback", length = 2000)
    private String comment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    boolean isGiven() {
        return stars != null;
    }

    void give(int newStars, String newComment, Instant now) {
        stars = newStars;
        comment = newComment;
        ratedAt = now;
    }

    public Integer stars() {
        return stars;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
