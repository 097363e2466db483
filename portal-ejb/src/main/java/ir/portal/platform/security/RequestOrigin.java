package ir.portal.platform.security;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current web request came from and the language its reader chose, set by the web layer at the start of
 * each request so that services need no extra parameters for the audit trail. Empty outside a web request.
 */
@RequestScoped
public class RequestOrigin {

    private String client;
    private String language;

    public void set(String client, String language) {
        this.client = client;
        this.language = language;
    }

    public String client() {
        return client;
    }

    public String language() {
        return language;
    }
}
