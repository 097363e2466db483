package ir.portal.identifiers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link NationalId} as its digits and reads it back through the value object's own checks. */
@Converter(autoApply = true)
public class NationalIdConverter implements AttributeConverter<NationalId, String> {

    @Override
    public String convertToDatabaseColumn(NationalId id) {
        return id == null ? null : id.value();
    }

    @Override
    public NationalId convertToEntityAttribute(String value) {
        return value == null ? null : new NationalId(value);
    }
}
