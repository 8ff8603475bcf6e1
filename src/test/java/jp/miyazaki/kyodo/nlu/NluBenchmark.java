package jp.miyazaki.kyodo.nlu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Single-thread speed of understanding versus Kuromoji tokenisation alone, on the chat-length messages of the
 * evaluation set. Tokenising and parsing are measured in alternating rounds, so both see the same load on a
 * shared machine, and the median round is printed. Run with {@code ./mvnw -q test-compile exec:java@nlu-bench}.
 */
public final class NluBenchmark {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 3_000_000_000L;
    private static final int ROUNDS = 3;

    private NluBenchmark() {
    }

    record Figures(double perSecond, double p50Micros, double p99Micros, long count) {
    }

    public static void main(String[] args) throws java.io.IOException {
        Locale.setDefault(Locale.ROOT);
        Path dialogs = Path.of("dialogs");
        long started = System.nanoTime();
        MorphologicalAnalyzer analyzer = MorphologicalAnalyzer.withUserDictionary(dialogs.resolve("user-dictionary.csv"));
        List<IntentPhrases> intents = IntentPhrases.load(dialogs.resolve("intents.yml"));
        EntityVocabulary vocabulary = EntityVocabulary.load(dialogs.resolve("entities.yml"));
        analyzer.tokenize("辞書を読み込む");
        long dictionaryLoaded = System.nanoTime();
        NaturalLanguageUnderstanding nlu =
                NaturalLanguageUnderstanding.train(intents, vocabulary, analyzer, NluProperties.DEFAULT_THRESHOLD)
                        .knowing(sampleCatalogNames());
        long trained = System.nanoTime();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long heapAfterStart = runtime.totalMemory() - runtime.freeMemory();

        List<String> messages = EvaluationSet.load().examples().stream().map(EvaluationSet.Example::text).toList();
        double averageLength = messages.stream().mapToInt(String::length).average().orElse(0);
        var reference = EvaluationSet.REFERENCE_TIME;

        Consumer<String> tokenizing = analyzer::tokenize;
        Consumer<String> parsing = text -> nlu.parse(text, reference);
        run(messages, tokenizing, WARM_UP_NANOS, null);
        run(messages, parsing, WARM_UP_NANOS, null);
        List<Figures> tokenizeRounds = new ArrayList<>();
        List<Figures> parseRounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            tokenizeRounds.add(measure(messages, tokenizing));
            parseRounds.add(measure(messages, parsing));
        }
        Figures tokenize = median(tokenizeRounds);
        Figures parse = median(parseRounds);
        long retrainStart = System.nanoTime();
        NaturalLanguageUnderstanding.train(intents, vocabulary, analyzer, NluProperties.DEFAULT_THRESHOLD);
        double warmTrainingMs = (System.nanoTime() - retrainStart) / 1e6;

        System.out.printf("NLU benchmark: %d messages (average %.1f chars), one thread, median of %d rounds of %d s "
                + "after %d s warm-up%n", messages.size(), averageLength, ROUNDS, MEASURE_NANOS / 1_000_000_000L,
                WARM_UP_NANOS / 1_000_000_000L);
        System.out.printf("dictionary load %.0f ms, training (cold JVM) %.0f ms, training (warm) %.0f ms%n",
                (dictionaryLoaded - started) / 1e6, (trained - dictionaryLoaded) / 1e6, warmTrainingMs);
        System.out.printf("heap after start (after GC) %.1f MB%n%n", heapAfterStart / 1048576.0);
        System.out.println("                      per second     p50 µs    p99 µs");
        print("Kuromoji tokenise", tokenize);
        print("NLU parse", parse);
        System.out.printf("%nparse / tokenise time ratio: %.2fx%n", tokenize.perSecond() / parse.perSecond());
    }

    private static void print(String name, Figures f) {
        System.out.printf("%-20s %12.0f  %9.1f %9.1f%n", name, f.perSecond(), f.p50Micros(), f.p99Micros());
    }

    private static Figures median(List<Figures> rounds) {
        return rounds.stream().sorted(Comparator.comparingDouble(Figures::perSecond)).toList()
                .get(rounds.size() / 2);
    }

    private static Figures measure(List<String> messages, Consumer<String> work) {
        long[] latencies = new long[4_000_000];
        long start = System.nanoTime();
        int count = run(messages, work, MEASURE_NANOS, latencies);
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sample = Arrays.copyOf(latencies, Math.min(count, latencies.length));
        Arrays.sort(sample);
        return new Figures(count / seconds, sample[sample.length / 2] / 1e3,
                sample[(int) (sample.length * 0.99)] / 1e3, count);
    }

    private static int run(List<String> messages, Consumer<String> work, long nanos, long[] latencies) {
        long end = System.nanoTime() + nanos;
        int count = 0;
        while (System.nanoTime() < end) {
            for (String message : messages) {
                long before = System.nanoTime();
                work.accept(message);
                if (latencies != null && count < latencies.length) {
                    latencies[count] = System.nanoTime() - before;
                }
                count++;
            }
        }
        return count;
    }

    /**
     * The sample catalog's titles, grant and facility names and the sample groups' names, so parsing is measured with
     * name spotting at work.
     */
    static KnownNames sampleCatalogNames() throws java.io.IOException {
        Map<String, Object> catalog = yaml("/catalog/sample-catalog.yml");
        Map<NameKind, List<String>> names = Map.of(
                NameKind.OPPORTUNITY, values(catalog, "opportunities", "title"),
                NameKind.GRANT, values(catalog, "grants", "name"),
                NameKind.FACILITY, values(catalog, "facilities", "name"),
                NameKind.GROUP, values(yaml("/group/sample-groups.yml"), "groups", "name"));
        return kind -> names.getOrDefault(kind, List.of());
    }

    private static Map<String, Object> yaml(String resource) throws java.io.IOException {
        try (java.io.InputStream in = NluBenchmark.class.getResourceAsStream(resource)) {
            return new org.yaml.snakeyaml.Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(Map<String, Object> file, String list, String field) {
        return ((List<Map<String, Object>>) file.get(list)).stream().map(item -> (String) item.get(field)).toList();
    }
}
