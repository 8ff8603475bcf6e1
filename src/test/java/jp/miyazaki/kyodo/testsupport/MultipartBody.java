package jp.miyazaki.kyodo.testsupport;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A multipart/form-data body as a browser sends a form with a file: text fields first, then the one file. */
public record MultipartBody(String boundary, List<byte[]> parts) {

    public static MultipartBody of(Map<String, String> fields, String field, String fileName, String contentType,
            byte[] content) {
        String boundary = "kyodo-test-" + Long.toHexString(System.nanoTime());
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: ").append(contentType)
                .append("\r\n\r\n");
        List<byte[]> parts = new ArrayList<>();
        parts.add(head.toString().getBytes(StandardCharsets.UTF_8));
        parts.add(content);
        parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new MultipartBody(boundary, parts);
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofByteArrays(parts);
    }
}
