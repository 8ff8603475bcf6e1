package jp.miyazaki.kyodo.dialog.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.yaml.snakeyaml.error.YAMLException;

import com.fasterxml.jackson.databind.JsonNode;

import jp.miyazaki.kyodo.nlu.DateExtractor;
import jp.miyazaki.kyodo.nlu.NameKind;
import jp.miyazaki.kyodo.shared.LineLimits;

/**
 * Checks every file in {@code ${kyodo.dialogs-dir}} before any bean reads one: the YAML of every {@code .yml}, the
 * shape of {@code intents.yml}, {@code entities.yml}, {@code dates.yml}, {@code lexicon.yml} and
 * {@code rich-menu.yml}, and the columns of {@code user-dictionary.csv}, that the flow or intent each rich menu postback names exists, and that the English
 * {@code en/intents.yml} and {@code en/entities.yml} have the same shapes and name only the intents, ids and districts
 * of their Japanese counterparts. Problems stop
 * the start as {@link InvalidFlowsException}, one {@code file:line:column: reason} each; the flows, messages,
 * conversation words and city guide are checked further by their own loaders, which report the same way.
 */
public class DialogFilesCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String INTENTS = "intents.yml";
    static final String ENTITIES = "entities.yml";
    static final String DATES = "dates.yml";
    static final String LEXICON = "lexicon.yml";
    /** The lists of {@code lexicon.yml} that need a word, and those that may be left empty. */
    private static final List<String> LEXICON_WORDS = List.of("/contrast", "/district_suffixes", "/before_reading",
            "/after_reading", "/name_particles", "/date_counters");
    private static final List<String> LEXICON_OPTIONAL_WORDS = List.of("/not_date_counters", "/search_stop_words");
    private static final List<String> MASKS = List.of("phone", "email", "street_number", "name");
    static final String RICH_MENU = "rich-menu.yml";
    static final String USER_DICTIONARY = "user-dictionary.csv";
    static final String ENGLISH_INTENTS = "en/intents.yml";
    static final String ENGLISH_ENTITIES = "en/entities.yml";
    /** The intent the classifier answers with when nothing fits; the NLU refuses to train without it. */
    static final String FALLBACK_INTENT = "fallback";
    private static final Map<String, String> SINGULAR = Map.of("/intents", "intent", "/categories", "category",
            "/kinds", "kind", "/needs", "need", "/districts", "district");
    /** The layout's three columns by two rows ({@code RichMenuLayout}). */
    private static final int RICH_MENU_AREAS = 6;

    private Path dialogsDir = Path.of(ShippedDialogs.DEFAULT);

    @Override
    public void setEnvironment(Environment environment) {
        dialogsDir = Path.of(environment.getProperty(ShippedDialogs.PROPERTY, ShippedDialogs.DEFAULT));
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<Problem> problems = problems(dialogsDir);
        if (!problems.isEmpty()) {
            throw new InvalidFlowsException(problems);
        }
    }

    /** Every problem in the files of {@code dialogsDir}, sorted by file, line and column. */
    public static List<Problem> problems(Path dialogsDir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dialogsDir)) {
            return problems;
        }
        Map<String, YamlDocument> parsed = new HashMap<>();
        try (Stream<Path> files = Files.walk(dialogsDir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dialogsDir.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (name.endsWith(".yml")) {
                    checkYaml(name, text, problems).ifPresent(doc -> parsed.put(name, doc));
                } else if (name.equals(USER_DICTIONARY)) {
                    checkUserDictionary(text, problems);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dialogs in " + dialogsDir, e);
        }
        checkRichMenuPostbacks(parsed, problems);
        checkEnglishNames(parsed, problems);
        return problems.stream().sorted().toList();
    }

    private static Optional<YamlDocument> checkYaml(String name, String text, List<Problem> problems) {
        YamlDocument doc;
        try {
            doc = YamlDocument.parse(text);
        } catch (YAMLException e) {
            problems.add(YamlDocument.syntaxProblem(name, e));
            return Optional.empty();
        }
        Shape shape = new Shape(name, doc, problems);
        switch (name) {
            case INTENTS -> checkIntents(shape);
            case ENTITIES -> checkEntities(shape);
            case DATES -> checkDates(shape);
            case LEXICON -> checkLexicon(shape);
            case RICH_MENU -> checkRichMenu(shape);
            case ENGLISH_INTENTS -> checkEnglishIntents(shape);
            case ENGLISH_ENTITIES -> checkEnglishEntities(shape);
            default -> {
            }
        }
        return Optional.of(doc);
    }

    /**
     * The flow or intent each rich menu postback names must exist: a flow named by a file in {@code flows/}, an
     * intent of {@code intents.yml} or one the NLU produces itself.
     */
    private static void checkRichMenuPostbacks(Map<String, YamlDocument> parsed, List<Problem> problems) {
        YamlDocument menu = parsed.get(RICH_MENU);
        YamlDocument intentsDoc = parsed.get(INTENTS);
        if (menu == null) {
            return;
        }
        Set<String> flows = new HashSet<>();
        parsed.forEach((name, doc) -> {
            if (name.startsWith("flows/") && doc.root().path("flow").isTextual()) {
                flows.add(doc.root().path("flow").asText());
            }
        });
        Set<String> intents = new HashSet<>(FlowLoader.BUILT_IN_INTENTS);
        if (intentsDoc != null) {
            intentsDoc.root().path("intents").forEach(intent -> intents.add(intent.path("name").asText()));
        }
        JsonNode areas = menu.root().path("areas");
        for (int index = 0; index < areas.size(); index++) {
            String at = "/areas/" + index + "/postback";
            Map<String, String> data = PostbackData.decode(areas.get(index).path("postback").asText(""));
            String flow = data.get(PostbackData.FLOW);
            String intent = data.get(PostbackData.INTENT);
            if (flow != null && !flows.isEmpty() && !flows.contains(flow)) {
                problems.add(menu.problem(RICH_MENU, at, "the postback names flow '" + flow
                        + "', which no file in flows/ defines"));
            }
            if (intent != null && intentsDoc != null && !intents.contains(intent)) {
                problems.add(menu.problem(RICH_MENU, at, "the postback names intent '" + intent
                        + "', which intents.yml does not list"));
            }
        }
    }

    /** The intent's name, once it is checked to be new among {@code names} and to have phrases. */
    private static String intentNamedOnceWithPhrases(Shape shape, String item, Set<String> names) {
        String name = shape.text(item + "/name");
        if (name != null && !names.add(name)) {
            shape.problem(item + "/name", "intent '" + name + "' is defined twice");
        }
        if (shape.strings(item + "/phrases").isEmpty()) {
            shape.problem(item, "intent '" + name + "' has no phrases");
        }
        return name;
    }

    private static void checkIntents(Shape shape) {
        Set<String> names = new HashSet<>();
        List<String> alone = new ArrayList<>();
        for (String item : shape.mappings("/intents")) {
            String name = intentNamedOnceWithPhrases(shape, item, names);
            if (!shape.doc.root().at(item + "/alone").isMissingNode()) {
                shape.strings(item + "/alone");
                if (!alone.isEmpty()) {
                    shape.problem(item + "/alone", "only one intent may take messages that name only a district or"
                            + " topic; '" + alone.get(0) + "' already does");
                }
                alone.add(name);
            }
            JsonNode facts = shape.doc.root().at(item + "/alone_facts");
            if (!facts.isMissingNode() && (!facts.isIntegralNumber() || facts.asLong() < 0)) {
                shape.problem(item + "/alone_facts", "'alone_facts' must be a whole number of 0 or more");
            }
        }
        if (shape.doc.root().path("intents").isArray() && !names.contains(FALLBACK_INTENT)) {
            shape.problem("/intents", "needs a '" + FALLBACK_INTENT + "' intent with out-of-scope phrases");
        }
    }

    private static void checkEntities(Shape shape) {
        for (String list : List.of("/categories", "/kinds")) {
            for (String item : shape.mappings(list)) {
                shape.text(item + "/id");
                shape.text(item + "/label");
                shape.strings(item + "/synonyms");
            }
        }
        for (String item : shape.mappings("/districts")) {
            shape.text(item + "/name");
            JsonNode standalone = shape.doc.root().at(item + "/standalone");
            if (!standalone.isMissingNode() && !standalone.isBoolean()) {
                shape.problem(item + "/standalone", "'standalone' must be true or false");
            }
            shape.strings(item + "/readings");
            shape.strings(item + "/aliases");
        }
        // Optional: the needs a search ranks by, each by the id of the activity attribute that meets it.
        if (!shape.doc.root().path("needs").isMissingNode()) {
            Set<String> needs = new HashSet<>();
            for (String item : shape.mappings("/needs")) {
                String id = shape.text(item + "/id");
                if (id != null && !needs.add(id)) {
                    shape.problem(item + "/id", "need '" + id + "' is listed twice");
                }
                if (shape.strings(item + "/synonyms").isEmpty()) {
                    shape.problem(item, "need '" + id + "' has no synonyms");
                }
            }
        }
        shape.strings("/generic_words");
    }

    /**
     * The date rules (a known meaning and a pattern that compiles with the groups it needs) and the words for weeks
     * and weekdays, each under a name the date extractor knows.
     */
    private static void checkDates(Shape shape) {
        for (String item : shape.mappings("/rules")) {
            String means = shape.text(item + "/means");
            String pattern = shape.text(item + "/pattern");
            Optional<String> meaning = means == null ? Optional.empty() : DateExtractor.meaningProblem(means);
            meaning.ifPresent(problem -> shape.problem(item + "/means", problem));
            if (means != null && meaning.isEmpty() && pattern != null) {
                DateExtractor.patternProblem(means, pattern)
                        .ifPresent(problem -> shape.problem(item + "/pattern", problem));
            }
        }
        checkNamedWords(shape, "/weeks", DateExtractor::weekProblem);
        checkNamedWords(shape, "/days", DateExtractor::dayProblem);
    }

    /** The NLU's words: the lists it reads, a placeholder for every kind of catalog name and every mask. */
    private static void checkLexicon(Shape shape) {
        for (String list : LEXICON_WORDS) {
            if (shape.strings(list).isEmpty()) {
                shape.problem(list, "'" + list.substring(1) + "' needs at least one word");
            }
        }
        LEXICON_OPTIONAL_WORDS.forEach(shape::strings);
        shape.text("/qualifying_particle");
        for (NameKind kind : NameKind.values()) {
            shape.text("/placeholders/" + kind.name().toLowerCase(Locale.ROOT));
        }
        MASKS.forEach(mask -> shape.text("/masks/" + mask));
    }

    /** A mapping of names, each of which {@code nameProblem} accepts, to lists of words. */
    private static void checkNamedWords(Shape shape, String pointer, Function<String, Optional<String>> nameProblem) {
        JsonNode names = shape.doc.root().at(pointer);
        if (!names.isObject()) {
            shape.problem(pointer, "'" + pointer.substring(1) + "' must be a mapping of names to words");
            return;
        }
        names.fieldNames().forEachRemaining(name -> {
            nameProblem.apply(name).ifPresent(problem -> shape.problem(pointer + "/" + name, problem));
            if (shape.strings(pointer + "/" + name).isEmpty()) {
                shape.problem(pointer + "/" + name, "'" + name + "' has no words");
            }
        });
    }

    /**
     * English phrases per intent: the shape of {@code intents.yml} without labels or catalog-name cues, which the
     * Japanese file holds for both languages.
     */
    private static void checkEnglishIntents(Shape shape) {
        Set<String> names = new HashSet<>();
        boolean alone = false;
        for (String item : shape.mappings("/intents")) {
            String name = intentNamedOnceWithPhrases(shape, item, names);
            for (String japaneseOnly : List.of("label", "named")) {
                if (!shape.doc.root().at(item + "/" + japaneseOnly).isMissingNode()) {
                    shape.problem(item + "/" + japaneseOnly, "'" + japaneseOnly + "' is read from " + INTENTS
                            + " only");
                }
            }
            if (!shape.doc.root().at(item + "/alone").isMissingNode()) {
                shape.strings(item + "/alone");
                if (alone) {
                    shape.problem(item + "/alone", "only one intent may take messages that name only a district or"
                            + " topic");
                }
                alone = true;
            }
        }
        if (shape.doc.root().path("intents").isArray() && !names.contains(FALLBACK_INTENT)) {
            shape.problem("/intents", "needs a '" + FALLBACK_INTENT + "' intent with out-of-scope phrases");
        }
    }

    private static void checkEnglishEntities(Shape shape) {
        shape.strings("/stop_words");
        for (String list : List.of("/categories", "/kinds", "/needs")) {
            if (list.equals("/needs") && shape.doc.root().path("needs").isMissingNode()) {
                continue;
            }
            for (String item : shape.mappings(list)) {
                String id = shape.text(item + "/id");
                if (shape.strings(item + "/synonyms").isEmpty()) {
                    shape.problem(item, "'" + id + "' has no synonyms");
                }
            }
        }
        for (String item : shape.mappings("/districts")) {
            String name = shape.text(item + "/name");
            if (shape.strings(item + "/spellings").isEmpty()) {
                shape.problem(item, "district '" + name + "' has no spellings");
            }
        }
    }

    /**
     * What the English files name must exist in the Japanese ones: every intent in {@code intents.yml}, every
     * category, kind and need id and every district name in {@code entities.yml}, so both languages fill the same
     * slots with the same values. Checked only where the Japanese file itself is sound, so one mistake there is not
     * reported again for every English entry.
     */
    private static void checkEnglishNames(Map<String, YamlDocument> parsed, List<Problem> problems) {
        YamlDocument englishIntents = parsed.get(ENGLISH_INTENTS);
        YamlDocument intents = parsed.get(INTENTS);
        if (englishIntents != null && intents != null && sound(INTENTS, problems)) {
            Set<String> known = new HashSet<>();
            intents.root().path("intents").forEach(intent -> known.add(intent.path("name").asText()));
            known(englishIntents, ENGLISH_INTENTS, "/intents", "name", known, INTENTS, problems);
        }
        YamlDocument englishEntities = parsed.get(ENGLISH_ENTITIES);
        YamlDocument entities = parsed.get(ENTITIES);
        if (englishEntities == null || entities == null || !sound(ENTITIES, problems)) {
            return;
        }
        for (String list : List.of("categories", "kinds", "needs", "districts")) {
            String key = list.equals("districts") ? "name" : "id";
            Set<String> known = new HashSet<>();
            entities.root().path(list).forEach(item -> known.add(item.path(key).asText()));
            known(englishEntities, ENGLISH_ENTITIES, "/" + list, key, known, ENTITIES, problems);
        }
    }

    private static boolean sound(String file, List<Problem> problems) {
        return problems.stream().noneMatch(problem -> problem.file().equals(file));
    }

    private static void known(YamlDocument doc, String file, String list, String key, Set<String> known,
            String japaneseFile, List<Problem> problems) {
        JsonNode items = doc.root().at(list);
        for (int index = 0; index < items.size(); index++) {
            JsonNode value = items.get(index).path(key);
            if (value.isTextual() && !known.contains(value.asText())) {
                problems.add(doc.problem(file, list + "/" + index + "/" + key, SINGULAR.get(list) + " '"
                        + value.asText() + "' is not in " + japaneseFile));
            }
        }
    }

    private static void checkRichMenu(Shape shape) {
        String menuName = shape.text("/name");
        if (menuName != null && menuName.length() > LineLimits.RICH_MENU_NAME_LENGTH) {
            shape.problem("/name", "the rich menu name has more than " + LineLimits.RICH_MENU_NAME_LENGTH
                    + " characters");
        }
        String chatBar = shape.text("/chatBarText");
        if (chatBar != null && chatBar.length() > LineLimits.CHAT_BAR_TEXT_LENGTH) {
            shape.problem("/chatBarText", "chatBarText has more than " + LineLimits.CHAT_BAR_TEXT_LENGTH
                    + " characters");
        }
        List<String> areas = shape.mappings("/areas");
        if (shape.doc.root().path("areas").isArray() && areas.size() != RICH_MENU_AREAS) {
            shape.problem("/areas", "the rich menu has " + RICH_MENU_AREAS + " areas, not " + areas.size());
        }
        for (String area : areas) {
            String label = shape.text(area + "/label");
            if (label != null && label.length() > LineLimits.ACTION_LABEL_LENGTH) {
                shape.problem(area + "/label", "the label '" + label + "' is longer than LINE's "
                        + LineLimits.ACTION_LABEL_LENGTH + " characters");
            }
            boolean postback = shape.doc.root().at(area + "/postback").isTextual();
            boolean message = shape.doc.root().at(area + "/text").isTextual();
            if (postback == message) {
                shape.problem(area, "the area '" + label + "' needs either postback or text");
            }
        }
    }

    /**
     * Kuromoji's user dictionary: {@code surface,segmentation,readings,part of speech}, the segmentation and the
     * readings with as many space-separated parts as each other.
     */
    private static void checkUserDictionary(String text, List<Problem> problems) {
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 4) {
                problems.add(new Problem(USER_DICTIONARY, index + 1, 1,
                        "expected surface,segmentation,readings,part of speech, not " + fields.length + " fields"));
                continue;
            }
            int column = 1;
            for (String field : fields) {
                if (field.isBlank()) {
                    problems.add(new Problem(USER_DICTIONARY, index + 1, column, "an empty field"));
                }
                column += field.length() + 1;
            }
            int segments = fields[1].strip().split(" +").length;
            int readings = fields[2].strip().split(" +").length;
            if (segments != readings && !fields[1].isBlank() && !fields[2].isBlank()) {
                problems.add(new Problem(USER_DICTIONARY, index + 1, fields[0].length() + fields[1].length() + 3,
                        segments + " segments but " + readings + " readings"));
            }
        }
    }

    /** Checks on the shape of one parsed file; each failed check adds a problem at the value it concerns. */
    private record Shape(String file, YamlDocument doc, List<Problem> problems) {

        void problem(String pointer, String reason) {
            problems.add(doc.problem(file, pointer, reason));
        }

        /** The pointers of the items of the list at {@code pointer}, which must be a list of mappings. */
        List<String> mappings(String pointer) {
            JsonNode list = doc.root().at(pointer);
            String key = pointer.substring(pointer.lastIndexOf('/') + 1);
            if (!list.isArray()) {
                problem(pointer, "'" + key + "' must be a list");
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (int index = 0; index < list.size(); index++) {
                if (list.get(index).isObject()) {
                    items.add(pointer + "/" + index);
                } else {
                    problem(pointer + "/" + index, "every entry of '" + key + "' must be a mapping");
                }
            }
            return items;
        }

        /** The text at {@code pointer}, which must be written and not blank; null after a problem. */
        String text(String pointer) {
            JsonNode value = doc.root().at(pointer);
            if (value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return value.asText();
            }
            problem(pointer, "'" + pointer.substring(pointer.lastIndexOf('/') + 1) + "' must be a text");
            return null;
        }

        /** The texts of the optional list at {@code pointer}. */
        List<String> strings(String pointer) {
            JsonNode value = doc.root().at(pointer);
            if (value.isMissingNode() || value.isNull()) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(pointer, "'" + pointer.substring(pointer.lastIndexOf('/') + 1) + "' must be a list");
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            for (int index = 0; index < value.size(); index++) {
                if (value.get(index).isValueNode() && !value.get(index).isNull()) {
                    texts.add(value.get(index).asText());
                } else {
                    problem(pointer + "/" + index, "every entry must be a text");
                }
            }
            return texts;
        }
    }
}
