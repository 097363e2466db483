package ir.portal.desk.domain;

import ir.portal.platform.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A field of the request form: one input data item of the service card, with the kind that says how to check it. */
@Embeddable
public class FormField {

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fa", column = @Column(name = "label_fa", length = 500)),
        @AttributeOverride(name = "en", column = @Column(name = "label_en", length = 500))
    })
    private LocalizedText label = new LocalizedText();

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private FieldKind kind = FieldKind.TEXT;

    @Column(name = "required", nullable = false)
    private boolean required;

    public FormField() {}

    public FormField(String code, LocalizedText label, FieldKind kind, boolean required) {
        this.code = code;
        this.label = LocalizedText.copyOf(label);
        this.kind = kind;
        this.required = required;
    }

    public FormField copy() {
        return new FormField(code, label, kind, required);
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

    public FieldKind getKind() {
        return kind;
    }

    public void setKind(FieldKind kind) {
        this.kind = kind;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    /** The field as the audit log keeps it before and after an edit. */
    @Override
    public String toString() {
        return getLabel() + " / " + kind + (required ? " / required" : "");
    }
}
