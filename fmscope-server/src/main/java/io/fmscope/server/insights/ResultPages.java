package io.fmscope.server.insights;

import io.fmscope.server.api.ApiException;
import io.fmscope.server.logs.Names;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * GetQueryResults paging as CloudWatch documents it: pages of at most 10,000 rows ({@code maxItems} 0-10,000;
 * 0 or absent means a full page), a {@code nextToken} while rows remain, tokens valid for one hour and only for
 * the query that issued them. A token holds the query id, the next row and when it was issued.
 */
final class ResultPages {
    static final int PAGE = 10_000;
    static final long TOKEN_LIFETIME = 3_600_000L;

    /** One page and the token for the next, or null at the end. */
    record Page(List<List<Map<String, String>>> rows, String nextToken) {
    }

    private ResultPages() {
    }

    static Page page(String queryId, List<List<Map<String, String>>> rows, Integer maxItems, String token, long now) {
        int size = Names.range("maxItems", maxItems, PAGE, 0, PAGE);
        if (size == 0) {
            size = PAGE;
        }
        int from = token == null ? 0 : offset(queryId, token, now);
        int to = (int) Math.min(rows.size(), (long) from + size);
        String next = to < rows.size() ? token(queryId, to, now) : null;
        return new Page(rows.subList(Math.min(from, rows.size()), to), next);
    }

    static String token(String queryId, int offset, long issued) {
        String raw = queryId + "/" + offset + "/" + issued;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String queryId, String token, long now) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("/");
            if (parts.length != 3 || !parts[0].equals(queryId)) {
                throw new IllegalArgumentException("token of another query");
            }
            int offset = Integer.parseInt(parts[1]);
            long issued = Long.parseLong(parts[2]);
            if (offset < 0) {
                throw new IllegalArgumentException("negative offset");
            }
            if (now - issued > TOKEN_LIFETIME) {
                throw ApiException.invalidParameter("The specified nextToken has expired; tokens are valid for one hour.");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("The specified nextToken is not valid for query " + queryId + ".");
        }
    }
}
