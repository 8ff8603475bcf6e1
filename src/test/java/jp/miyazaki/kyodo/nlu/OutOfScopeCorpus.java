package jp.miyazaki.kyodo.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The narrative and chit-chat sentences of {@code src/test/resources/nlu/out-of-scope.txt}: none of them is a
 * request the bot handles, so every one should be understood as {@code fallback}. Never trained on.
 */
record OutOfScopeCorpus(List<String> sentences) {

    static final Path FILE = Path.of("src/test/resources/nlu/out-of-scope.txt");

    static OutOfScopeCorpus load() {
        try {
            return new OutOfScopeCorpus(Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences some intent other than {@code fallback} claims, with the understanding that claimed them. */
    List<Claimed> claimed(LanguageUnderstanding understanding) {
        return sentences.stream()
                .map(sentence -> new Claimed(sentence,
                        understanding.parse(sentence, EvaluationSet.REFERENCE_TIME)))
                .filter(c -> !c.understanding().is(Understanding.FALLBACK)).toList();
    }

    double falsePositiveRate(LanguageUnderstanding understanding) {
        return claimed(understanding).size() / (double) sentences.size();
    }

    record Claimed(String sentence, Understanding understanding) {
    }

    /** The claimed sentences that {@code rule} asks about instead of opening a flow. */
    static List<Claimed> askedAbout(List<Claimed> claimed, Clarification rule,
            java.util.function.Predicate<String> offered) {
        return claimed.stream().filter(c -> !rule.candidates(c.understanding(), offered).isEmpty()).toList();
    }
}
