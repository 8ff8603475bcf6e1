package jp.miyazaki.kyodo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every sentence a citizen reads lives in {@code dialogs/} (flows, {@code conversation.yml}, {@code messages/}),
 * so that the city can change its wording and its translations without a build. This scan fails on a Japanese
 * string literal in {@code src/main/java} outside the few files whose Japanese no citizen reads. A failure means:
 * put the sentence in {@code dialogs/messages/<module>.yml} and ask {@code Wording} for it (see
 * {@code dialogs/messages/README.md}).
 */
class CitizenWordingInJavaTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BASE = "jp/miyazaki/kyodo/";

    /**
     * Files whose Japanese only staff read, or that read what citizens type. An entry ending in {@code /} is a
     * folder, one starting with {@code *} a file-name ending.
     */
    private static final List<String> NOT_READ_BY_CITIZENS = List.of(
            // The staff console (and its page while Redis is down), staff accounts, the audit log and the staff
            // API with its problem texts.
            "console/", "catalog/console/", "*ConsoleController.java", "web/RedisUnavailableAnswer.java", "admin/",
            "*AdminController.java",
            "*AuditFields.java",
            // Audit entries, staff screens' texts, exports and staff API answers kept beside their module's logic.
            "activity/RecognitionController.java", "activity/RecognitionReports.java",
            "broadcast/BroadcastScheduling.java", "broadcast/CategoryNames.java", "catalog/OpportunityChanges.java",
            "catalog/CatalogItemChanges.java",
            "consultation/ConsultationAnswers.java", "consultation/ConsultationInbox.java",
            "consultation/InboxQuery.java", "expert/Expert.java", "expert/ExpertMatching.java",
            "expert/Introduction.java", "richmenu/RichMenuImage.java", "richmenu/RichMenuInstaller.java",
            "richmenu/RichMenuLabels.java", "signup/SignUpLists.java", "signup/SignUpsCsv.java",
            // Staff's forms and the audit entries of the staff's changes to groups and experts.
            "expert/ExpertChanges.java", "expert/ExpertFields.java", "expert/ExpertIntroductions.java",
            "group/GroupFields.java", "group/RecruitmentDecisions.java",
            // The Mermaid diagrams of the flows, drawn for staff.
            "dialog/flow/FlowDiagram.java",
            // Readers of what citizens type: word lists and patterns of Japanese input, never said back.
            "dialog/flow/SlotReader.java", "catalog/ActionSlots.java", "group/TimeSpan.java",
            // The district ids the catalog stores (中央) and the suffixes citizens add to them (地区, 町).
            "catalog/District.java",
            // Kuromoji's part-of-speech tags (名詞, 助詞 …) and character classes of Japanese input; a developer's
            // check of the intents file. The NLU's words are in dialogs/lexicon.yml and dialogs/dates.yml.
            "nlu/NaturalLanguageUnderstanding.java", "nlu/PersonalDataMask.java", "nlu/TextNormalizer.java",
            "nlu/IntentLabels.java", "catalog/SearchTerms.java");


    @Test
    void noJapaneseLiteralOutsideTheListedFiles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String name = SOURCES.relativize(file).toString().replace('\\', '/');
            found.addAll(offending(name, Files.readString(file, StandardCharsets.UTF_8)));
        }

        assertThat(found).as("Japanese literals in Java: move them to dialogs/messages").isEmpty();
    }

    @Test
    void aSentenceAddedToAnActionFails() {
        String code = """
                class CatalogActions {
                    // 「はい」 in a comment is no wording
                    /* nor is 申し込み here */
                    String url = "https://example.org"; // 日本語
                    String text = "申し込みを受け付けました。";
                    char mark = '"';
                    String block = \"""
                        定員に達しました
                        \""";
                }
                """;

        assertThat(offending(BASE + "catalog/CatalogActions.java", code)).containsExactly(
                BASE + "catalog/CatalogActions.java:5: \"申し込みを受け付けました。\"",
                BASE + "catalog/CatalogActions.java:7: \"\"\"定員に達しました\"\"\"");
        assertThat(offending(BASE + "console/StaffForm.java", code)).isEmpty();
        assertThat(offending(BASE + "dialog/flow/SlotReader.java", code)).isEmpty();
    }

    @Test
    void everyListedFileExists() throws IOException {
        List<String> names = sources().stream()
                .map(file -> SOURCES.relativize(file).toString().replace('\\', '/')).toList();

        NOT_READ_BY_CITIZENS.stream().forEach(entry -> assertThat(names)
                .as("a file or folder of the lists").anyMatch(name -> listed(name, entry)));
    }

    /** The Japanese literals of a file not listed, as {@code path:line: literal}. */
    private static List<String> offending(String name, String code) {
        if (NOT_READ_BY_CITIZENS.stream().anyMatch(entry -> listed(name, entry))) {
            return List.of();
        }
        return literals(code).stream().filter(literal -> japanese(literal.text()))
                .map(literal -> name + ":" + literal.line() + ": " + literal.text().strip()).toList();
    }

    private static boolean listed(String name, String entry) {
        if (entry.startsWith("*")) {
            return name.endsWith(entry.substring(1));
        }
        return entry.endsWith("/") ? name.startsWith(BASE + entry) : name.equals(BASE + entry);
    }

    private static boolean japanese(String text) {
        return text.codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30FF || c >= 0x4E00 && c <= 0x9FFF);
    }

    private record Literal(int line, String text) {
    }

    /** The string literals and text blocks of Java code, with their quotes, comments and char literals skipped. */
    private static List<Literal> literals(String code) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i) < 0 ? code.length() : code.indexOf('\n', i);
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                line += count(code.substring(i, end));
                i = end;
            } else if (c == '\'') {
                int end = i + 1;
                while (end < code.length() && code.charAt(end) != '\'') {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                i = end + 1;
            } else if (c == '"') {
                boolean block = code.startsWith("\"\"\"", i);
                String close = block ? "\"\"\"" : "\"";
                int end = i + close.length();
                while (end < code.length() && !code.startsWith(close, end)) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(code.length(), end + close.length());
                String text = code.substring(i, end);
                literals.add(new Literal(line, block ? close + text.substring(3, text.length() - 3).strip() + close
                        : text));
                line += count(text);
                i = end;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
