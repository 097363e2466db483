package ir.portal.identifiers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link TrackingCode} as its digits and reads it back through the value object's own checks. */
@Converter(autoApply = true)
public class TrackingCodeConverter implements AttributeConverter<TrackingCode, String> {

    @Override
    public String convertToDatabaseColumn(TrackingCode id) {
        return id == null ? null : id.value();
    }

    @Override
    public TrackingCode convertToEntityAttribute(String value) {
        return value == null ? null : new TrackingCode(value);
    }
}
