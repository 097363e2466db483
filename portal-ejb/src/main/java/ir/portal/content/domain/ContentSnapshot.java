package ir.portal.content.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A content item's editable whole: its text, unit and publication window. What a save hands the item, what a
 * published item's pending revision and every revision keep.
 */
public class ContentSnapshot {

    private String unitCode;
    private ContentText text = new ContentText();
    private LocalDate publishOn;
    private LocalDate expireOn;

    public ContentSnapshot() {}

    public static ContentSnapshot of(String unitCode, ContentText text, LocalDate publishOn, LocalDate expireOn) {
        ContentSnapshot s = new ContentSnapshot();
        s.unitCode = unitCode;
        s.text = text.copy();
        s.publishOn = publishOn;
        s.expireOn = expireOn;
        return s;
    }

    /** Its fields by name, as the history compares them. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>(text.fields());
        fields.put("unit", unitCode);
        fields.put("publishOn", publishOn);
        fields.put("expireOn", expireOn);
        return fields;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public ContentText getText() {
        return text.copy();
    }

    public LocalDate getPublishOn() {
        return publishOn;
    }

    public LocalDate getExpireOn() {
        return expireOn;
    }
}
