package ir.portal.desk.domain;

import ir.portal.platform.security.Role;
import ir.portal.platform.security.RoleNameConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request stands in the workflow revision it started on: the stage, since when, the roles that may take
 * the next step; once it reached a final stage, when it closed and how it ended.
 */
@Embeddable
public class RequestPosition {

    @Column(name = "stage", nullable = false, length = 60)
    private String stage;

    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "request_waiting_role", joinColumns = @JoinColumn(name = "request_id"))
    @Convert(converter = RoleNameConverter.class)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> waitingFor = EnumSet.noneOf(Role.class);

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    /** Enters the stage, waiting for the roles; a final stage closes the request with its outcome. */
    void enter(WorkflowStage target, Set<Role> waiting, Instant now) {
        stage = target.getCode();
        stageEnteredAt = now;
        waitingFor.clear();
        waitingFor.addAll(waiting);
        if (target.isFinal()) {
            outcome = target.getOutcome();
            closedAt = now;
        }
    }

    /** Whether the request is still open and at the stage. */
    boolean isOpenAt(String code) {
        return closedAt == null && code.equals(stage);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public String stage() {
        return stage;
    }

    /** The roles that may take the next step. */
    public Set<Role> waitingFor() {
        return Set.copyOf(waitingFor);
    }

    public Outcome outcome() {
        return outcome;
    }
}
