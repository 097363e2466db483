package ir.portal.desk.domain;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.domain.BaseEntity;
import ir.portal.platform.security.Actor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a request's history: a transition, a message, a download. Who (account and unit), when and from
 * which address; never changed once written.
 */
@Entity
@Table(name = "request_event")
public class RequestEvent extends BaseEntity {

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private RequestEventKind kind;

    @Column(name = "transition", length = 60)
    private String transition;

    @Column(name = "from_stage", length = 60)
    private String fromStage;

    @Column(name = "to_stage", length = 60)
    private String toStage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_unit_id")
    private OrgUnit actorUnit;

    @Column(name = "by_staff", nullable = false)
    private boolean byStaff;

    @Column(name = "client", length = 64)
    private String client;

    @Column(name = "note", length = 8000)
    private String note;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "amount_rials")
    private Long amountRials;

    @Column(name = "document_id")
    private Long documentId;

    protected RequestEvent() {}

    RequestEvent(Long requestId, RequestEventKind kind, Actor actor, Instant at) {
        this.requestId = requestId;
        this.kind = kind;
        this.actor = actor.account();
        this.actorUnit = actor.unit();
        this.byStaff = actor.isStaff();
        String from = actor.client();
        this.client = from == null ? null : from.substring(0, Math.min(64, from.length()));
        this.at = at;
    }

    /** A download of one of the request's files. */
    static RequestEvent download(Long requestId, RequestDocument document, Actor actor, Instant at) {
        RequestEvent event = new RequestEvent(requestId, RequestEventKind.DOWNLOAD, actor, at)
                .with(document.getFileName(), null, null);
        event.attach(document.getId());
        return event;
    }

    RequestEvent transition(String code, String from, String to) {
        this.transition = code;
        this.fromStage = from;
        this.toStage = to;
        return this;
    }

    RequestEvent with(String text, LocalDate date, Long amount) {
        this.note = text;
        this.dateValue = date;
        this.amountRials = amount;
        return this;
    }

    /** The file that came with this event (a message's attachment, an answer letter). */
    public void attach(long document) {
        this.documentId = document;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Instant getAt() {
        return at;
    }

    public RequestEventKind getKind() {
        return kind;
    }

    public String getTransition() {
        return transition;
    }

    public String getFromStage() {
        return fromStage;
    }

    public String getToStage() {
        return toStage;
    }

    public Account getActor() {
        return actor;
    }

    public OrgUnit getActorUnit() {
        return actorUnit;
    }

    public boolean isByStaff() {
        return byStaff;
    }

    public String getClient() {
        return client;
    }

    public String getNote() {
        return note;
    }

    public LocalDate getDateValue() {
        return dateValue;
    }

    public Long getAmountRials() {
        return amountRials;
    }

    public Long getDocumentId() {
        return documentId;
    }
}
