package ir.portal.platform.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Role} by the name the container uses ({@code case-officer}), as workflow rows keep it. */
@Converter
public class RoleNameConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null
                ? null
                : Role.byName(name).orElseThrow(() -> new IllegalArgumentException("Unknown role " + name));
    }
}
