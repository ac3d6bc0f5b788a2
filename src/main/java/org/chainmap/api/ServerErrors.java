package org.chainmap.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import org.chainmap.export.Json;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the web server raises itself, before any route runs (a URI it will not resolve, such as {@code /../..} or
 * {@code %2e%2e}; bad UTF-8; a URI or header over its limits; a request it cannot parse), answered as problem
 * documents with the security headers instead of Jetty's HTML pages.
 */
final class ServerErrors extends ErrorHandler {
    /** The path Jetty gives a request it could not parse. */
    private static final String UNPARSED = "/badMessage";
    /** A path shown back in a problem is cut to this length. */
    private static final int SHOWN_PATH = 200;

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.addTo(headers);
        headers.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code, message, pathOf(request))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.addTo(fields);
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return ByteBuffer.wrap(body(status, reason, null));
    }

    private static byte[] body(int code, String message, String path) {
        HttpStatus.Code known = HttpStatus.getCode(code);
        String title = known == null ? "Error" : known.getMessage();
        String detail = detail(code, message, title);
        try {
            return Json.mapper()
                    .writeValueAsBytes(new Problem("about:blank", title, code, detail, path, null, null, null, null));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
    }

    /** What went wrong in words a client can act on; Jetty's own reason where it has one. */
    private static String detail(int code, String message, String title) {
        return switch (code) {
            case 414 -> "the request's URI is longer than this server accepts";
            case 431 -> "the request's headers are larger than this server accepts";
            case 413 -> "the request body is over the size limit";
            case 400 ->
                message == null || message.isBlank() || message.equalsIgnoreCase(title)
                        ? "the request could not be understood: a malformed request line, or a URI that is ambiguous"
                                + " (a '..' segment, an encoded one, or a ';' in a segment)"
                        : "the request could not be understood: " + message;
            default ->
                message == null || message.isBlank() || message.equals(title)
                        ? title.toLowerCase(java.util.Locale.ROOT)
                        : "the request was refused: " + message;
        };
    }

    private static String pathOf(Request request) {
        try {
            String path = request.getHttpURI().getPath();
            if (path == null || path.equals(UNPARSED)) {
                return null;
            }
            return path.length() > SHOWN_PATH ? path.substring(0, SHOWN_PATH) + "…" : path;
        } catch (RuntimeException e) {
            return null; // a path that cannot be decoded is not shown back
        }
    }
}
