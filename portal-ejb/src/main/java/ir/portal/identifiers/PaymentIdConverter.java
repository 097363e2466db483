package ir.portal.identifiers;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link PaymentId} as its digits and reads it back through the value object's own checks. */
@Converter(autoApply = true)
public class PaymentIdConverter implements AttributeConverter<PaymentId, String> {

    @Override
    public String convertToDatabaseColumn(PaymentId id) {
        return id == null ? null : id.value();
    }

    @Override
    public PaymentId convertToEntityAttribute(String value) {
        return value == null ? null : new PaymentId(value);
    }
}
