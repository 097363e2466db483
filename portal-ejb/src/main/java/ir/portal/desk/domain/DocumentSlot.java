package ir.portal.desk.domain;

import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A document the citizen uploads with the request: one of the documents the service card lists. */
@Embeddable
public class DocumentSlot {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "label_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "label_en", length = 500))
    })
    private LocalizedText label = new LocalizedText();

    @Column(name = "required", nullable = false)
    private boolean required;

    public DocumentSlot() {}

    public DocumentSlot(String code, LocalizedText label, boolean required) {
        this.code = code;
        this.label = LocalizedText.copyOf(label);
        this.required = required;
    }

    public DocumentSlot copy() {
        return new DocumentSlot(code, label, required);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Never null: a text left empty in both languages may come back from the database as no text at all. */
    public LocalizedText getLabel() {
        return label == null ? new LocalizedText() : label;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    /** The document as the audit log keeps it before and after an edit. */
    @Override
    public String toString() {
        return getLabel() + (required ? " / required" : "");
    }
}
