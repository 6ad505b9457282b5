package lab.hidden.futures;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lab.futures.FetchedPage;
import lab.futures.PageResult;
import lab.kit.http.Gate;
import lab.kit.http.Page;
import lab.kit.http.TestHttpServer;

/**
 * Pages served by the test server whose bodies name their own path and have unpredictable sizes,
 * so a test can tell from the bytes alone which page a result carries.
 */
final class Pages {
    private static final Pattern NAMED = Pattern.compile("^page (\\S+) ");

    private final TestHttpServer server;
    private final Map<String, byte[]> bodies = new LinkedHashMap<>();
    private final Map<String, Gate> gates = new LinkedHashMap<>();

    Pages(TestHttpServer server) {
        this.server = server;
    }

    /** Serves a page at {@code path}, held by {@code gate} unless it is null; returns its URL. */
    URI add(String path, Seeds seeds, Gate gate) {
        byte[] body = bodyNaming(path, seeds.between(50, 40_000));
        Page page = Page.ok(body);
        if (gate != null) {
            page = page.heldBy(gate);
            gates.put(path, gate);
        }
        server.page(path, page);
        bodies.put(path, body);
        return server.uri(path);
    }

    /** Serves {@code count} pages under {@code prefix}, each behind a gate of its own. */
    List<URI> addEachGated(String prefix, int count, Seeds seeds) {
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            urls.add(add(prefix + "/" + i + "-" + seeds.between(100, 999), seeds, server.gate()));
        }
        return urls;
    }

    Gate gateOf(URI url) {
        return gates.get(url.getPath());
    }

    byte[] bodyOf(String path) {
        return bodies.get(path).clone();
    }

    /** @return the path a page's body names, or a description of the result if it is no page of ours */
    static String pathNamedBy(PageResult result) {
        if (!(result instanceof FetchedPage page)) {
            return "(no page: " + result + ")";
        }
        Matcher named = NAMED.matcher(new String(page.body(), 0, Math.min(200, page.size()), StandardCharsets.ISO_8859_1));
        return named.find() ? named.group(1) : "(a page of " + page.size() + " bytes that names no path)";
    }

    private static byte[] bodyNaming(String path, int size) {
        byte[] head = ("page " + path + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + size];
        System.arraycopy(head, 0, body, 0, head.length);
        for (int i = head.length; i < body.length; i++) {
            body[i] = (byte) ('a' + Math.floorMod(i * 31 + path.hashCode(), 26));
        }
        return body;
    }
}
