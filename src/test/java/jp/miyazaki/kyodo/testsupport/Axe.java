package jp.miyazaki.kyodo.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openqa.selenium.JavascriptExecutor;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deque's axe-core, the accessibility engine browsers' own audits use, run in the page the browser shows. The
 * script comes from npm ({@code npm pack axe-core@VERSION}) into {@code target/axe-core/} on first use and is never
 * committed; without npm and without that file the test fails (it does not skip: only a missing Chromium skips).
 */
public final class Axe {

    /** Pinned, so a new axe release with new rules does not fail a build that changed nothing. */
    static final String VERSION = "4.14.1";
    /** WCAG 2.2 level AA, and the levels below it that it includes. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path FOLDER = Path.of("target", "axe-core");
    private static final Path SCRIPT = FOLDER.resolve("package").resolve("axe.min.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String source;

    private Axe() {
    }

    /** The rules that fail on the page the browser shows now, each with the elements that fail it. */
    static List<Violation> violations(JavascriptExecutor browser) {
        browser.executeScript(script());
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact,
                      help: v.help, nodes: v.nodes.map(n => ({target: n.target.join(' '),
                      summary: n.failureSummary}))})))))
                  .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e),
                      nodes: []}])));
                """, WCAG_22_AA);
        return JSON.readValue((String) result, new TypeReference<List<Violation>>() { });
    }

    private static synchronized String script() {
        if (source == null) {
            try {
                if (!Files.isRegularFile(SCRIPT)) {
                    fetch();
                }
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    private static void fetch() throws IOException {
        Files.createDirectories(FOLDER);
        run(List.of("npm", "pack", "--silent", "axe-core@" + VERSION, "--pack-destination", FOLDER.toString()));
        run(List.of("tar", "-xzf", FOLDER.resolve("axe-core-" + VERSION + ".tgz").toString(), "-C",
                FOLDER.toString(), "package/axe.min.js"));
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(FOLDER.resolve("fetch.log").toFile()).start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed; see " + FOLDER.resolve("fetch.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A rule that fails, how bad axe rates it, and the elements (CSS selectors) that fail it. */
    public record Violation(String id, String impact, String help, List<Node> nodes) {

        /** One failing element and what axe says would fix it. */
        public record Node(String target, String summary) {
        }

        @Override
        public String toString() {
            return id + " (" + impact + ", " + nodes.size() + "): " + help + " "
                    + nodes.stream().limit(5).map(n -> n.target() + " — " + n.summary()).toList();
        }
    }
}
