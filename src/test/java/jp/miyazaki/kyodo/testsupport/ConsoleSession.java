package jp.miyazaki.kyodo.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the console over plain HTTP: keeps cookies, does not follow redirects. {@link #on} is
 * the same browser talking to another instance (the cookies go along), {@link #withHeaders} the same browser seen
 * through a proxy that adds headers such as {@code X-Forwarded-For}.
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final CookieManager cookies;
    private final HttpClient http;
    private final Map<String, String> headers;

    public ConsoleSession(int port) {
        this(port, new CookieManager(), Map.of());
    }

    private ConsoleSession(int port, CookieManager cookies, Map<String, String> headers) {
        this.port = port;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.headers = headers;
    }

    /** This browser, with its cookies, talking to the app on {@code otherPort}. */
    public ConsoleSession on(int otherPort) {
        return new ConsoleSession(otherPort, cookies, headers);
    }

    /** This browser, with its cookies, sending {@code extra} headers on every request. */
    public ConsoleSession withHeaders(Map<String, String> extra) {
        return new ConsoleSession(port, cookies, extra);
    }

    /** Signs in through the login form. */
    public static ConsoleSession signedIn(int port, String username, String password) {
        ConsoleSession session = new ConsoleSession(port);
        HttpResponse<String> login = session.postForm("/admin/login", Map.of("username", username,
                "password", password, "_csrf", csrf(session.get("/admin/login").body())));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin"));
        return session;
    }

    public static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("a CSRF field in the page").isTrue();
        return token.group(1);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A GET of an absolute address, as the browser follows a redirect to another site (an identity provider). */
    public HttpResponse<String> get(URI address) {
        return send(HttpRequest.newBuilder(address).GET().build());
    }

    /** A GET as a browser asks for a page (Accept: text/html), so errors come as the console's error page. */
    public HttpResponse<String> getPage(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml").GET()
                .build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A multipart/form-data POST of one file in the part {@code field}, with the page's CSRF token. */
    public HttpResponse<String> postFile(String path, String csrfToken, String field, String fileName,
            String contentType, byte[] content) {
        MultipartBody body = MultipartBody.of(Map.of("_csrf", csrfToken), field, fileName, contentType, content);
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", body.contentType())
                .POST(body.publisher()).build());
    }

    public HttpResponse<String> postJson(String path, String json, String csrfToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfToken != null) {
            request.header("X-CSRF-TOKEN", csrfToken);
        }
        return send(request.build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest.Builder withHeaders = HttpRequest.newBuilder(request, (name, value) -> true);
        headers.forEach(withHeaders::header);
        try {
            return http.send(withHeaders.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
