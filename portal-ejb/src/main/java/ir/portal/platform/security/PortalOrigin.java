package ir.portal.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's own origin ({@code scheme://host[:port]} of {@code portal.base-url}): the only one whose posts the
 * public forms take, and the address the links in mails start with.
 */
@ApplicationScoped
public class PortalOrigin {

    @Inject
    @ConfigProperty(name = "portal.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    private Optional<String> own;

    @PostConstruct
    void read() {
        own = of(baseUrl);
    }

    /** The portal's address of one of its paths ({@code /content/item.xhtml?id=7}), as links outside it give it. */
    public String address(String path) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + path;
    }

    /** Whether the address (an {@code Origin} or {@code Referer} header) is of this portal. */
    public boolean isOwn(String address) {
        return address != null && own.isPresent() && of(address).equals(own);
    }

    /** scheme://host[:port] of an address, the port left out when it is the scheme's own; empty if none. */
    static Optional<String> of(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean schemesPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return Optional.of(
                    scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (schemesPort ? "" : ":" + port));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
