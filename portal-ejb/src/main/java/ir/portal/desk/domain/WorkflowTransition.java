package ir.portal.desk.domain;

import ir.portal.accounts.domain.Account;
import ir.portal.accounts.domain.OrgUnit;
import ir.portal.platform.domain.LocalizedText;
import ir.portal.platform.security.Actor;
import ir.portal.platform.security.Right;
import ir.portal.platform.security.Role;
import ir.portal.platform.security.RoleNameConverter;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A step a request may take from one stage to another: who may take it (a role, and whether only staff of the
 * service's unit), what the person must give (a comment, a date, an amount, a file) and what it produces.
 */
@Embeddable
public class WorkflowTransition {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Column(name = "from_stage", nullable = false, length = 60)
    private String from;

    @Column(name = "to_stage", nullable = false, length = 60)
    private String to;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "name_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 500))
    })
    private LocalizedText name = new LocalizedText();

    @Convert(converter = RoleNameConverter.class)
    @Column(name = "role", nullable = false, length = 40)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_scope", nullable = false, length = 20)
    private UnitScope unitScope = UnitScope.REQUEST_UNIT;

    @Column(name = "needs_comment", nullable = false)
    private boolean needsComment;

    @Column(name = "needs_date", nullable = false)
    private boolean needsDate;

    @Column(name = "needs_amount", nullable = false)
    private boolean needsAmount;

    @Column(name = "needs_file", nullable = false)
    private boolean needsFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "output", length = 30)
    private StageOutput output;

    public WorkflowTransition() {}

    public WorkflowTransition(
            String code,
            String from,
            String to,
            LocalizedText name,
            Role role,
            UnitScope unitScope,
            StageOutput output) {
        this.code = code;
        this.from = from;
        this.to = to;
        this.name = LocalizedText.copyOf(name);
        this.role = role;
        this.unitScope = unitScope;
        this.output = output;
    }

    /** The same transition, also asking for what the flags say. */
    public WorkflowTransition needing(boolean comment, boolean date, boolean amount, boolean file) {
        WorkflowTransition copy = copy();
        copy.needsComment = comment;
        copy.needsDate = date;
        copy.needsAmount = amount;
        copy.needsFile = file;
        return copy;
    }

    /**
     * Whether the actor may take this step on a request of the unit: by role, and by unit unless the step is open
     * to staff of any unit. A citizen's step is the applicant's; a citizen without an account answers through the
     * counter office that submitted for them.
     */
    public boolean mayBeTakenBy(Actor actor, OrgUnit requestUnit, Account applicant) {
        if (role == Role.CITIZEN) {
            return applicant == null ? actor.may(Right.REQUESTS_ANSWER_FOR_CITIZEN) : applicant.equals(actor.account());
        }
        return actor.hasRole(role) && (unitScope == UnitScope.ANY || requestUnit.equals(actor.unit()));
    }

    public WorkflowTransition copy() {
        WorkflowTransition copy = new WorkflowTransition(code, from, to, name, role, unitScope, output);
        copy.needsComment = needsComment;
        copy.needsDate = needsDate;
        copy.needsAmount = needsAmount;
        copy.needsFile = needsFile;
        return copy;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** Never null: a text left empty in both languages may come back from the database as no text at all. */
    public LocalizedText getName() {
        return name == null ? new LocalizedText() : name;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public UnitScope getUnitScope() {
        return unitScope;
    }

    public void setUnitScope(UnitScope unitScope) {
        this.unitScope = unitScope;
    }

    /** The step that confirms a payment asks for the bank's trace number, in a field of its own. */
    public boolean needsTrace() {
        return output == StageOutput.PAYMENT_CONFIRMED;
    }

    public boolean isNeedsComment() {
        return needsComment;
    }

    public void setNeedsComment(boolean needsComment) {
        this.needsComment = needsComment;
    }

    public boolean isNeedsDate() {
        return needsDate;
    }

    public void setNeedsDate(boolean needsDate) {
        this.needsDate = needsDate;
    }

    public boolean isNeedsAmount() {
        return needsAmount;
    }

    public void setNeedsAmount(boolean needsAmount) {
        this.needsAmount = needsAmount;
    }

    public boolean isNeedsFile() {
        return needsFile;
    }

    public void setNeedsFile(boolean needsFile) {
        this.needsFile = needsFile;
    }

    public StageOutput getOutput() {
        return output;
    }

    public void setOutput(StageOutput output) {
        this.output = output;
    }

    /** The step as the audit log keeps it before and after an edit. */
    @Override
    public String toString() {
        return from + " -> " + to + " " + getName() + " / " + (role == null ? null : role.roleName()) + " " + unitScope
                + (needsComment ? " comment" : "") + (needsDate ? " date" : "") + (needsAmount ? " amount" : "")
                + (needsFile ? " file" : "") + (output == null ? "" : " / " + output);
    }
}
