package ir.portal.desk.domain;

import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A stage of a workflow: what staff call it, what the citizen is told while the request is in it, how many
 * working days it may take, whether the clock stops because the request waits on the citizen, and, for a final
 * stage, how the request ended.
 */
@Embeddable
public class WorkflowStage {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "name_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "name_en", length = 500))
    })
    private LocalizedText name = new LocalizedText();

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "citizen_fa", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "citizen_en", length = 2000))
    })
    private LocalizedText citizenView = new LocalizedText();

    @Column(name = "time_limit_days")
    private Integer timeLimitDays;

    @Column(name = "waits_on_citizen", nullable = false)
    private boolean waitsOnCitizen;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    public WorkflowStage() {}

    public WorkflowStage(
            String code,
            LocalizedText name,
            LocalizedText citizenView,
            Integer timeLimitDays,
            boolean waitsOnCitizen,
            Outcome outcome) {
        this.code = code;
        this.name = LocalizedText.copyOf(name);
        this.citizenView = LocalizedText.copyOf(citizenView);
        this.timeLimitDays = timeLimitDays;
        this.waitsOnCitizen = waitsOnCitizen;
        this.outcome = outcome;
    }

    public WorkflowStage copy() {
        return new WorkflowStage(code, name, citizenView, timeLimitDays, waitsOnCitizen, outcome);
    }

    public boolean isFinal() {
        return outcome != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Never null: a text left empty in both languages may come back from the database as no text at all. */
    public LocalizedText getName() {
        return name == null ? new LocalizedText() : name;
    }

    /** Never null: a text left empty in both languages may come back from the database as no text at all. */
    public LocalizedText getCitizenView() {
        return citizenView == null ? new LocalizedText() : citizenView;
    }

    public Integer getTimeLimitDays() {
        return timeLimitDays;
    }

    public void setTimeLimitDays(Integer timeLimitDays) {
        this.timeLimitDays = timeLimitDays;
    }

    public boolean isWaitsOnCitizen() {
        return waitsOnCitizen;
    }

    public void setWaitsOnCitizen(boolean waitsOnCitizen) {
        this.waitsOnCitizen = waitsOnCitizen;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    /** The stage as the audit log keeps it before and after an edit. */
    @Override
    public String toString() {
        return getName() + " / citizen: " + getCitizenView()
                + (timeLimitDays == null ? "" : " / " + timeLimitDays + " days")
                + (waitsOnCitizen ? " / waits on citizen" : "")
                + (outcome == null ? "" : " / " + outcome);
    }
}
