package jp.miyazaki.kyodo.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Reads everything the test run writes to standard output and error — the application's log lines, Spring's,
 * WireMock's and the tests' own — and keeps the lines that look like personal data or the channel token, so
 * {@code PersonalDataInLogsTests}, which runs last, can fail the build on them. Registered for the whole run in
 * {@code META-INF/services}; lines are checked as they are written, so nothing large is held.
 */
public final class SuiteLog implements LauncherSessionListener {

    /** LINE user ids. */
    static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");
    static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[a-z]{2,}[\\w.]*");
    static final Pattern PHONE = Pattern.compile(
            "(?<![0-9A-Za-z-])0\\d{1,4}-\\d{1,4}-\\d{4}(?![0-9A-Za-z])|(?<![0-9A-Za-z-.])0\\d{9,10}(?![0-9A-Za-z])");

    private static final AtomicLong LINES = new AtomicLong();
    private static final List<String> FINDINGS = new ArrayList<>();
    private static volatile boolean listening;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!listening) {
            listening = true;
            System.setOut(new PrintStream(new LineReader(System.out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new LineReader(System.err), true, StandardCharsets.UTF_8));
        }
    }

    /** Whether this run has been listened to from its start. */
    public static boolean listening() {
        return listening;
    }

    public static long linesRead() {
        return LINES.get();
    }

    /** The lines with something that must not be logged, each prefixed with what it looked like. */
    public static synchronized List<String> findings() {
        return List.copyOf(FINDINGS);
    }

    /** What the line holds that must not be logged, if anything. */
    static Optional<String> personalDataIn(String line) {
        String kind = USER_ID.matcher(line).find() ? "user id"
                : EMAIL.matcher(line).find() ? "e-mail address"
                : PHONE.matcher(line).find() ? "phone number"
                : line.contains(KyodoIntegrationTest.CHANNEL_TOKEN) ? "channel token" : null;
        return Optional.ofNullable(kind);
    }

    private static void check(String line) {
        LINES.incrementAndGet();
        personalDataIn(line).ifPresent(kind -> {
            synchronized (SuiteLog.class) {
                if (FINDINGS.size() < 50) {
                    FINDINGS.add(kind + ": " + line);
                }
            }
        });
    }

    /** Passes every byte on and checks each complete line. */
    private static final class LineReader extends OutputStream {

        private final PrintStream target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineReader(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            target.write(b);
            take(b);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            target.write(bytes, offset, length);
            for (int i = offset; i < offset + length; i++) {
                take(bytes[i]);
            }
        }

        @Override
        public void flush() {
            target.flush();
        }

        private void take(int b) {
            if (b == '\n') {
                check(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else if (line.size() < 64 * 1024) {
                line.write(b);
            }
        }
    }
}
