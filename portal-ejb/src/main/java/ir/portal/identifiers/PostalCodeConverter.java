package ir.portal.identifiers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PostalCode} as its digits and reads it back through the value object's own checks. */
@Converter(autoApply = true)
public class PostalCodeConverter implements AttributeConverter<PostalCode, String> {

    @Override
    public String convertToDatabaseColumn(PostalCode id) {
        return id == null ? null : id.value();
    }

    @Override
    public PostalCode convertToEntityAttribute(String value) {
        return value == null ? null : new PostalCode(value);
    }
}
