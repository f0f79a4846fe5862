package io.fmscope.server.logs;

import io.fmscope.server.api.ApiException;
import io.fmscope.storage.EventCursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque pagination tokens. Event tokens carry a position in the store's (timestamp, id) order, so a page
 * resumes exactly after the last event even while events are appended; listing tokens carry an offset.
 */
public final class PageToken {
    private PageToken() {
    }

    public static String event(String direction, EventCursor c) {
        return direction + "/" + c.timestamp() + "/" + b64(c.id());
    }

    /** The cursor of a token made by {@link #event} with the given direction ("f", "b" or "n"). */
    public static EventCursor event(String member, String token, String direction) {
        String[] parts = token.split("/", 3);
        try {
            if (parts.length != 3 || !parts[0].equals(direction)) {
                throw new IllegalArgumentException();
            }
            return new EventCursor(Long.parseLong(parts[1]),
                    new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("The specified " + member + " is not valid: " + token);
        }
    }

    public static String offset(int offset) {
        return "o/" + offset;
    }

    public static int offset(String member, String token) {
        if (token == null) {
            return 0;
        }
        try {
            if (!token.startsWith("o/")) {
                throw new NumberFormatException();
            }
            int v = Integer.parseInt(token.substring(2));
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.invalidParameter("The specified " + member + " is not valid: " + token);
        }
    }

    private static String b64(String s) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
