package ir.portal.desk.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form as it was submitted: its one-time token, so that a form sent twice makes one request, and the values of
 * the workflow's fields by code.
 */
@Embeddable
public class RequestForm {

    @Column(name = "form_token", nullable = false, unique = true, length = 64)
    private String token;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "request_field", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "code", length = 60)
    @Column(name = "field_value", nullable = false, length = 2000)
    private Map<String, String> fields = new LinkedHashMap<>();

    protected RequestForm() {}

    RequestForm(String token, Map<String, String> fields) {
        this.token = token;
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, String> fields() {
        return Map.copyOf(fields);
    }
}
