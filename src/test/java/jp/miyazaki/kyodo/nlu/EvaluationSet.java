package jp.miyazaki.kyodo.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled utterances: the held-out Japanese ones of {@code src/test/resources/nlu/evaluation.tsv}, the held-out
 * English ones of {@code evaluation-en.tsv} (written apart from {@code dialogs/en/}) and the English development set
 * {@code development-en.tsv}, all in the same format.
 */
record EvaluationSet(List<Example> examples) {

    static final Path FILE = Path.of("src/test/resources/nlu/evaluation.tsv");
    static final Path ENGLISH_FILE = Path.of("src/test/resources/nlu/evaluation-en.tsv");
    static final Path ENGLISH_DEVELOPMENT_FILE = Path.of("src/test/resources/nlu/development-en.tsv");
    static final ZonedDateTime REFERENCE_TIME = ZonedDateTime.parse("2026-12-01T10:00:00+09:00[Asia/Tokyo]");

    /** One utterance with its expected intent and slots; {@code tags} mark dialect, kana-only or typo. */
    record Example(int line, String intent, String text, String category, String district, DateRange date,
            String tags) {
    }

    static EvaluationSet load() {
        return load(FILE);
    }

    static EvaluationSet load(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 6) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected 6 tab-separated columns");
            }
            examples.add(new Example(i + 1, f[0], f[1], absent(f[2]), absent(f[3]), date(absent(f[4])), f[5]));
        }
        return new EvaluationSet(examples);
    }

    private static String absent(String value) {
        return value.equals("-") ? null : value;
    }

    private static DateRange date(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split("/");
        return new DateRange(LocalDate.parse(parts[0]), LocalDate.parse(parts[parts.length - 1]));
    }
}
