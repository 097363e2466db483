package ir.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader's language for this request, from the cookie that the language switch sets: Persian (right to
 * left) unless English was chosen. Kept in a cookie, not the session, so public pages stay stateless.
 */
@Named
@RequestScoped
public class Language {

    public static final String COOKIE = "portal_lang";
    public static final Locale PERSIAN = Locale.forLanguageTag("fa-IR");

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public static Locale fromCode(String code) {
        return "en".equals(code) ? Locale.ENGLISH : PERSIAN;
    }

    public static Optional<String> cookieValue(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? Optional.empty()
                : Arrays.stream(cookies)
                        .filter(c -> COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst();
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = fromCode(cookieValue(request).orElse("fa"));
        }
        return locale;
    }

    /** The language code for {@code <html lang>}: fa or en. */
    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isRightToLeft() {
        return !"en".equals(getCode());
    }

    /** {@code rtl} or {@code ltr}, for {@code <html dir>} and PrimeFaces. */
    public String getDirection() {
        return isRightToLeft() ? "rtl" : "ltr";
    }

    /** The other language, which the switch offers. */
    public String getOtherCode() {
        return isRightToLeft() ? "en" : "fa";
    }

    /** This page's address, URL-encoded, for the switch to come back to. */
    public String getBack() {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwardUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = errorUri != null
                ? errorUri.toString()
                : forwardUri != null ? forwardUri.toString() : request.getRequestURI();
        String query = errorUri == null && forwardUri == null ? request.getQueryString() : null;
        return URLEncoder.encode(query == null ? uri : uri + "?" + query, StandardCharsets.UTF_8);
    }
}
