package ir.portal.identifiers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link MobileNumber} as its digits and reads it back through the value object's own checks. */
@Converter(autoApply = true)
public class MobileNumberConverter implements AttributeConverter<MobileNumber, String> {

    @Override
    public String convertToDatabaseColumn(MobileNumber id) {
        return id == null ? null : id.value();
    }

    @Override
    public MobileNumber convertToEntityAttribute(String value) {
        return value == null ? null : new MobileNumber(value);
    }
}
