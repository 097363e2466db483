package ir.portal.catalog.domain;

import ir.portal.catalog.domain.Vocabulary.Channel;
import ir.portal.catalog.domain.Vocabulary.InPersonReason;
import ir.portal.catalog.domain.Vocabulary.Stage;
import ir.portal.catalog.domain.Vocabulary.VisitLevel;
import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Set;

/**
 * Section 6 of the form for one stage (information, request, production, delivery): electronic or not, through
 * which channels, and if people must still come in person, why and where.
 */
@Embeddable
public class StageAccess {

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private Stage stage;

    @Column(name = "electronic", nullable = false)
    private boolean electronic;

    @Column(name = "channels", length = 400)
    private String channels = "|";

    @Column(name = "in_person_reasons", length = 400)
    private String inPersonReasons = "|";

    @Column(name = "visit_levels", length = 400)
    private String visitLevels = "|";

    /** Anything the boxes do not say, e.g. the counter offices' contract number. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "note_fa", length = 2000)),
        @AttributeOverride(name = "en", column = @Column(name = "note_en", length = 2000))
    })
    private LocalizedText note = new LocalizedText();

    public StageAccess() {}

    public StageAccess(
            Stage stage,
            boolean electronic,
            Set<Channel> channels,
            Set<InPersonReason> reasons,
            Set<VisitLevel> visitLevels,
            LocalizedText note) {
        this.stage = stage;
        this.electronic = electronic;
        this.channels = EnumSets.format(channels);
        this.inPersonReasons = EnumSets.format(reasons);
        this.visitLevels = EnumSets.format(visitLevels);
        this.note = LocalizedText.copyOf(note);
    }

    public static StageAccess empty(Stage stage) {
        return new StageAccess(stage, false, Set.of(), Set.of(), Set.of(), null);
    }

    public StageAccess copy() {
        return new StageAccess(stage, electronic, getChannels(), getInPersonReasons(), getVisitLevels(), note);
    }

    public Stage getStage() {
        return stage;
    }

    public boolean isElectronic() {
        return electronic;
    }

    public void setElectronic(boolean electronic) {
        this.electronic = electronic;
    }

    public Set<Channel> getChannels() {
        return EnumSets.parse(channels, Channel.class);
    }

    public void setChannels(Set<Channel> channels) {
        this.channels = EnumSets.format(channels);
    }

    public Set<InPersonReason> getInPersonReasons() {
        return EnumSets.parse(inPersonReasons, InPersonReason.class);
    }

    public void setInPersonReasons(Set<InPersonReason> inPersonReasons) {
        this.inPersonReasons = EnumSets.format(inPersonReasons);
    }

    public Set<VisitLevel> getVisitLevels() {
        return EnumSets.parse(visitLevels, VisitLevel.class);
    }

    public void setVisitLevels(Set<VisitLevel> visitLevels) {
        this.visitLevels = EnumSets.format(visitLevels);
    }

    public LocalizedText getNote() {
        return note;
    }

    public void setNote(LocalizedText note) {
        this.note = LocalizedText.copyOf(note);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StageAccess s
                && stage == s.stage
                && electronic == s.electronic
                && channels.equals(s.channels)
                && inPersonReasons.equals(s.inPersonReasons)
                && visitLevels.equals(s.visitLevels)
                && Objects.equals(note, s.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(stage, electronic, channels, inPersonReasons, visitLevels, note);
    }

    @Override
    public String toString() {
        return stage + (electronic ? " electronic " : " not electronic ") + getChannels() + " " + getInPersonReasons()
                + " " + getVisitLevels() + (note == null || note.isEmpty() ? "" : " " + note);
    }
}
