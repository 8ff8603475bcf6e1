package jp.miyazaki.kyodo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Calls the staff API of an app on {@code port} as a given staff member (HTTP Basic or a bearer token). */
public final class AdminApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;
    private final Map<String, String> headers;

    private AdminApi(int port, String authorization) {
        this(port, authorization, Map.of());
    }

    private AdminApi(int port, String authorization, Map<String, String> headers) {
        this.port = port;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The same caller, sending {@code extra} headers on every request (e.g. as relayed by a proxy). */
    public AdminApi withHeaders(Map<String, String> extra) {
        return new AdminApi(port, authorization, extra);
    }

    public static AdminApi basic(int port, String username, String password) {
        return new AdminApi(port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static AdminApi bearer(int port, String token) {
        return new AdminApi(port, "Bearer " + token);
    }

    public static AdminApi anonymous(int port) {
        return new AdminApi(port, null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST of raw bytes with their content type (a file as the body). */
    public HttpResponse<String> postBody(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data POST of one file in the part {@code field}, as a browser uploads it. */
    public HttpResponse<String> postFile(String path, String field, String fileName, String contentType,
            byte[] content) {
        MultipartBody body = MultipartBody.of(Map.of(), field, fileName, contentType, content);
        return send(request(path).header("Content-Type", body.contentType()).POST(body.publisher()));
    }

    /** A GET with an {@code Accept} header, answered as raw bytes (to check encodings such as a CSV's BOM). */
    public HttpResponse<byte[]> getBytes(String path, String accept) {
        try {
            return HTTP.send(request(path).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method; a body-carrying method sends an empty JSON object. */
    public HttpResponse<String> call(String method, String path) {
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        return send(request(path).header("Content-Type", "application/json")
                .method(method, body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
