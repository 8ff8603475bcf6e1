package jp.miyazaki.kyodo.dialog.flow;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.miyazaki.kyodo.nlu.DateRange;
import jp.miyazaki.kyodo.nlu.Slots;
import jp.miyazaki.kyodo.nlu.TextNormalizer;

/**
 * Reads a slot's value from what a citizen typed (and what the language understanding found in it), and checks a
 * value that came from a button. Values are stored as text: dates as {@code 2026-11-28/2026-11-29}, yes/no as
 * {@code yes}/{@code no}, contacts as written in half width.
 */
public final class SlotReader {

    /** Polite endings after a name: 「宮崎花子です」「宮崎と申します」. */
    private static final Pattern NAME_ENDING = Pattern.compile(
            "(です|と申します|ともうします|といいます|と言います|でございます)?[。.！!]*$");
    /** What a name never holds: digits, an address, sentence marks, or the words of a request. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "[0-9@?？!！、,]|たい(です|の|ん|けど|と|$)|ください|下さい|ですか|ますか|ません|ました|教えて|おしえて|続き"
                    + "|つづき|申し込|申込");
    /** Where the parts of a correction end: 「名前まちがえました、児玉 由紀です」. */
    private static final String SENTENCE_MARK = "、,。.！!？?\n";
    /** A particle left at the start of a corrected value after the slot's name: 「名前は児玉由紀です」. */
    private static final Pattern LEADING_PARTICLE = Pattern.compile("^(は|を|が|も|って)");
    /** A request around a corrected value: 「児玉由紀でお願いします」. */
    private static final Pattern REQUEST_ENDING = Pattern.compile("(で|に)?(お願いします|おねがいします|お願い)$");
    private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$");
    private static final Pattern PHONE = Pattern.compile("^0\\d{9,10}$");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final List<String> YES = List.of("はい", "ハイ", "うん", "ええ", "お願いします", "おねがいします", "同意",
            "大丈夫", "いいよ", "いいです", "ok", "yes", "よろしく", "します");
    private static final List<String> NO = List.of("いいえ", "いえ", "いや", "やめ", "結構です", "けっこうです", "しない",
            "しません", "no", "だめ", "ダメ", "ちがう", "違う");
    /** How a message that asks something ends: 「…もある？」「…ありますか」「…あると」. */
    private static final Pattern ASKED = Pattern.compile("([？?]|か|かな|かね|かしら|ある|あると)[。.!！\\s〜ー]*$");
    /** A number of people: 「3人」「二名」「ふたり」. */
    private static final Pattern COUNTED = Pattern.compile("\\d+\\s*(人|名)|[一二三四五六七八九十]\\s*(人|名)|ひとり|ふたり");
    private static final String KANJI_DIGITS = "〇一二三四五六七八九十";
    private static final int DEFAULT_MAX_TEXT = 200;

    private SlotReader() {
    }

    /** The value in a typed message, or empty when the message does not answer the slot. */
    public static Optional<String> fromText(Slot slot, String text, Slots entities) {
        String normal = normalise(text);
        Optional<String> chosen = matchChoice(slot, normal);
        if (chosen.isPresent()) {
            return chosen;
        }
        if (slot.multiple() && slot.type() == SlotType.CATEGORY) {
            // 「子育てと環境」: every category whose button label the answer names.
            String named = labelledIn(slot, normal).map(ChoiceSpec::value).distinct()
                    .collect(Collectors.joining(","));
            if (!named.isEmpty()) {
                return Optional.of(named);
            }
        }
        return switch (slot.type()) {
            case CATEGORY -> Optional.ofNullable(entities.category());
            case DISTRICT -> Optional.ofNullable(entities.district());
            case DATE -> Optional.ofNullable(entities.date()).map(SlotReader::dateValue);
            case KIND, CHOICE -> Optional.empty();
            // A message naming a catalog item (「佐土原の竹林整備のほうが気になる」) is about that item, not a person's name.
            case TEXT -> !Slot.NAME_FORMAT.equals(slot.format()) ? text(slot, text.strip())
                    : namesAnItem(entities) ? Optional.empty() : name(slot, text.strip());
            case CATALOG_ID -> text(slot, text.strip());
            case CONTACT -> contact(text);
            case NUMBER -> number(slot, normal);
            case YES_NO -> yesNo(normal);
        };
    }

    /**
     * Whether the text is exactly the label of one of the slot's answer buttons, typed instead of tapped. Such a
     * text answers the question even when it also reads as an intent (「中央」 is one letter from 「中止」).
     */
    public static boolean isAnswerLabel(Slot slot, String text) {
        String normal = normalise(text);
        return slot.choices().stream().filter(c -> c.intent() == null && c.pick() == null)
                .anyMatch(c -> normal.equals(normalise(c.label())));
    }

    /** Checks a value sent by a button or date picker. */
    public static Optional<String> fromButton(Slot slot, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return switch (slot.type()) {
            case NUMBER -> number(slot, normalise(value));
            case CONTACT -> contact(value);
            case YES_NO -> "yes".equals(value) || "no".equals(value) ? Optional.of(value) : Optional.empty();
            case CHOICE, KIND -> slot.choices().stream().map(ChoiceSpec::value).filter(value::equals).findFirst();
            default -> Optional.of(value.strip());
        };
    }

    /** Whether the message asks something (「…もある？」) rather than answers. */
    static boolean asks(String text) {
        return ASKED.matcher(text.strip()).find();
    }

    /** Whether the message gives a number of people (「3人」「ふたり」). */
    static boolean counts(String text) {
        return COUNTED.matcher(text).find();
    }

    /** A date range from a language understanding result. */
    public static String dateValue(DateRange range) {
        return range.from() + "/" + range.to();
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<String> matchChoice(Slot slot, String normal) {
        for (ChoiceSpec choice : slot.choices()) {
            if (choice.value() == null) {
                continue;
            }
            if (normal.equals(normalise(choice.label())) || normal.equals(normalise(choice.value()))) {
                return Optional.of(choice.value());
            }
        }
        if (slot.type() == SlotType.CHOICE || slot.type() == SlotType.KIND) {
            // "会計の相談です" answers a choice labelled 会計: the label inside the message is enough.
            // A label said outright wins over a word of another answer (「会計に詳しい専門家」 asks for an expert).
            // Kana is folded: 「かいけいのことで」 says the word 会計 when the file gives its reading かいけい.
            String folded = TextNormalizer.foldKana(normal);
            return labelledIn(slot, normal).map(ChoiceSpec::value).findFirst()
                    .or(() -> slot.choices().stream().filter(c -> c.value() != null)
                            .filter(c -> c.words().stream()
                                    .anyMatch(word -> folded.contains(TextNormalizer.foldKana(normalise(word)))))
                            .map(ChoiceSpec::value).findFirst());
        }
        return Optional.empty();
    }

    /** The answers whose button label stands inside the (normalised) message. */
    private static Stream<ChoiceSpec> labelledIn(Slot slot, String normal) {
        String folded = TextNormalizer.foldKana(normal);
        return slot.choices().stream().filter(c -> c.value() != null
                && folded.contains(TextNormalizer.foldKana(normalise(c.label()))));
    }

    /**
     * The new value a correction gives a slot answered earlier: 「名前まちがえました、児玉 由紀です」 gives 児玉 由紀. The
     * message is cut at the {@code markers} (correction words, the slot's names) and sentence marks, and the parts
     * are read in turn, the last first, each also without a particle left at its start (「名前は児玉由紀です」).
     */
    public static Optional<String> fromCorrection(Slot slot, String text, List<String> markers) {
        String written = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        String folded = TextNormalizer.foldKana(written.toLowerCase(java.util.Locale.ROOT));
        if (folded.length() != written.length()) {
            return Optional.empty();
        }
        boolean[] cut = new boolean[written.length()];
        for (String marker : markers) {
            String word = TextNormalizer.foldKana(normalise(marker));
            for (int at = word.isEmpty() ? -1 : folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
                Arrays.fill(cut, at, at + word.length(), true);
            }
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i <= written.length(); i++) {
            boolean boundary = i == written.length() || cut[i] || SENTENCE_MARK.indexOf(written.charAt(i)) >= 0;
            if (!boundary) {
                part.append(written.charAt(i));
            } else if (!part.isEmpty()) {
                parts.add(part.toString().strip());
                part.setLength(0);
            }
        }
        for (int i = parts.size() - 1; i >= 0; i--) {
            String said = REQUEST_ENDING.matcher(parts.get(i)).replaceFirst("").strip();
            String bare = LEADING_PARTICLE.matcher(said).replaceFirst("").strip();
            Optional<String> value = fromText(slot, bare, Slots.NONE).or(() -> fromText(slot, said, Slots.NONE));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * A person's name as typed: 「宮崎花子です」 gives 宮崎花子; a yes or no, digits (a phone number), an e-mail address
     * or a sentence (「続きをしたい」「？」) is not a name.
     */
    private static boolean namesAnItem(Slots entities) {
        return entities.opportunity() != null || entities.grant() != null || entities.facility() != null
                || entities.group() != null;
    }

    private static Optional<String> name(Slot slot, String text) {
        String name = NAME_ENDING.matcher(text).replaceFirst("").strip();
        String normal = normalise(name);
        boolean yesOrNo = normal.length() <= 6 && yesNo(normal).isPresent();
        if (name.isEmpty() || yesOrNo || NOT_A_NAME.matcher(normal).find()) {
            return Optional.empty();
        }
        return text(slot, name);
    }

    private static Optional<String> text(Slot slot, String text) {
        int max = slot.max() == null ? DEFAULT_MAX_TEXT : slot.max();
        if (text.isEmpty() || text.length() > max) {
            return Optional.empty();
        }
        if (slot.pattern() != null && !Pattern.compile(slot.pattern()).matcher(text).find()) {
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The contact as written (half width, dashes as 「-」); only the check ignores spaces, dashes and brackets. */
    private static Optional<String> contact(String text) {
        String written = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("[ー−‐–—]", "-");
        String compact = written.replaceAll("[\\s\\-()]", "");
        return EMAIL.matcher(compact).matches()
                || PHONE.matcher(compact).matches() ? Optional.of(written) : Optional.empty();
    }

    private static Optional<String> number(Slot slot, String normal) {
        Integer value = null;
        Matcher digits = NUMBER.matcher(normal);
        if (digits.find() && digits.group().length() < 6) {
            value = Integer.parseInt(digits.group());
        } else {
            for (char c : normal.toCharArray()) {
                int index = KANJI_DIGITS.indexOf(c);
                if (index >= 0) {
                    value = index == 10 ? 10 : index;
                    break;
                }
            }
        }
        if (value == null && (normal.contains("ひとり") || normal.contains("自分だけ"))) {
            value = 1;
        }
        if (value == null && normal.contains("ふたり")) {
            value = 2;
        }
        if (value == null || slot.min() != null && value < slot.min() || slot.max() != null && value > slot.max()) {
            return Optional.empty();
        }
        return Optional.of(Integer.toString(value));
    }

    private static Optional<String> yesNo(String normal) {
        if (NO.stream().anyMatch(normal::contains)) {
            return Optional.of("no");
        }
        if (YES.stream().anyMatch(normal::contains)) {
            return Optional.of("yes");
        }
        return Optional.empty();
    }
}
