package ir.portal.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Plain HTTP without a cookie jar: every request is a new visitor unless a cookie is passed. */
public final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private Http() {}

    public static HttpResponse<String> get(String path, String... cookies) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(PortalDeployment.url(path)).GET();
        if (cookies.length > 0) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static HttpResponse<String> post(String path, Map<String, String> form, String... cookies)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(PortalDeployment.url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", PortalDeployment.origin())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookies.length > 0) {
            request.header("Cookie", String.join("; ", cookies));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Signs in through {@code /login.xhtml} with the given session cookie, if any, as a browser would: staff then
     * give the code of the demo authenticator secret on {@code /login-code.xhtml}. The answer of the last step.
     */
    public static HttpResponse<String> signIn(String username, String password, String... cookies)
            throws IOException, InterruptedException {
        String viewState = viewState(get("/login.xhtml", cookies).body());
        HttpResponse<String> answer = post(
                "/login.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:username",
                        username,
                        "login:password",
                        password,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState),
                cookies);
        if (!answer.headers().firstValue("Location").orElse("").endsWith("/login-code.xhtml")) {
            return answer;
        }
        String session = sessionCookieHeader(answer).map(c -> c.split(";")[0]).orElseThrow();
        HttpResponse<String> codePage = post(
                "/login-code.xhtml",
                Map.of(
                        "step",
                        "step",
                        "step:code",
                        DemoCodes.now(),
                        "step:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState(get("/login-code.xhtml", session).body())),
                session);
        return codePage;
    }

    public static String viewState(String page) {
        Matcher m = VIEW_STATE.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no view state on the page");
        }
        return m.group(1);
    }

    /** The Set-Cookie header of the session cookie, if the response sets one. */
    public static Optional<String> sessionCookieHeader(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    public static Optional<String> sessionId(HttpResponse<?> response) {
        return sessionCookieHeader(response)
                .map(SESSION_COOKIE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1));
    }

    public static URI location(HttpResponse<?> response) {
        return URI.create(response.headers().firstValue("Location").orElseThrow());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
