package ir.portal.identifiers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link BillId} as its digits and reads it back through the value object's own checks. */
@Converter(autoApply = true)
public class BillIdConverter implements AttributeConverter<BillId, String> {

    @Override
    public String convertToDatabaseColumn(BillId id) {
        return id == null ? null : id.value();
    }

    @Override
    public BillId convertToEntityAttribute(String value) {
        return value == null ? null : new BillId(value);
    }
}
