package jp.miyazaki.kyodo.nlu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds which of a few dozen known names a message mentions, tolerating a missing or mistyped character and
 * hiragana/katakana differences: the longest stretch the message shares with a name must cover most of that name,
 * or else — where the caller allows parts, because the message asks something of a named item — be a distinctive
 * part of it: at least four characters that no other name holds and that are not one everyday word of the
 * vocabulary (「スマホ教室」 names 「シニアのためのスマホ教室」; 「スポーツ」 names no activity). A qualifier of the
 * message's own in place of the name's missing head (「小学生の学習支援ボランティア」 for 「放課後学習支援
 * ボランティア」) describes a kind of activity rather than naming that one.
 * Both sides are compared after the understanding's normalisation and kana folding, and a name is also compared
 * by its reading, so a message in kana (「すまほきょうしつに もうしこみたい」) finds it too. Names are prepared once per
 * list (the catalog hands out the same list until it changes; use one spotter per kind of name), and only names
 * sharing a two-character piece with the message are compared in full, so spotting costs little next to
 * tokenising.
 */
final class NameSpotter {

    /** How much of a name the message must contain in one stretch. */
    static final double COVERAGE = 0.7;
    private static final int SHORTEST_STRETCH = 4;
    /** Kana takes about twice the characters of kanji: a stretch of a reading must be longer (コウリュウ names nothing). */
    private static final int SHORTEST_READING_STRETCH = 6;
    /** A distinctive part must be at least this long and this share of the name (「交流」 alone names nothing). */
    private static final double DISTINCTIVE_SHARE = 0.25;
    /** A qualifier in brackets that people leave out: 市民活動支援補助金（スタートアップ部門）. */
    private static final Pattern BRACKETED = Pattern.compile("[(（【\\[][^)）】\\]]*[)）】\\]]");

    /** The particle that qualifies a name with another word (「赤江の…」), folded. */
    private final String qualifying;
    /** Particles a shared stretch may begin or end with (「子ども食堂の」 is still the one word 子ども食堂). */
    private final Pattern particlesAtEnds;
    private final TextNormalizer normalizer;
    private final Predicate<String> everydayWord;
    private final UnaryOperator<String> reading;
    private volatile Prepared prepared = new Prepared(List.of(), List.of());

    NameSpotter() {
        this(word -> false, name -> name, Lexicon.shipped());
    }

    /**
     * {@code everydayWord} tells a folded stretch that is one word of the vocabulary (a topic, a district);
     * {@code reading} gives a normalised name's reading, folded (シニアノタメノスマホキョウシツ).
     */
    NameSpotter(Predicate<String> everydayWord, UnaryOperator<String> reading, Lexicon lexicon) {
        this.everydayWord = everydayWord;
        this.reading = reading;
        this.normalizer = new TextNormalizer(lexicon);
        this.qualifying = TextNormalizer.foldKana(lexicon.qualifyingParticle());
        String particles = lexicon.nameParticles().stream().map(p -> Pattern.quote(TextNormalizer.foldKana(p)))
                .collect(Collectors.joining("|", "(?:", ")+"));
        this.particlesAtEnds = Pattern.compile("^" + particles + "|" + particles + "$");
    }

    /** The best-covered name, if any covers enough; ties go to the longer name, and of names alike to none. */
    Optional<String> spot(String foldedMessage, List<String> names) {
        return find(foldedMessage, names, true).map(Spotted::name);
    }

    /**
     * The best-covered name and where the message writes it (the stretch it shares with the name). Spaces count on
     * neither side: 「あおしま ちいきせんたー」 and 「赤江津波避難訓練」 write 青島地域センター and 赤江 津波避難訓練.
     */
    Optional<Spotted> find(String foldedMessage, List<String> names, boolean parts) {
        if (foldedMessage.indexOf(' ') < 0) {
            return findUnspaced(foldedMessage, names, parts);
        }
        StringBuilder unspaced = new StringBuilder(foldedMessage.length());
        int[] at = new int[foldedMessage.length()];
        for (int i = 0; i < foldedMessage.length(); i++) {
            if (foldedMessage.charAt(i) != ' ') {
                at[unspaced.length()] = i;
                unspaced.append(foldedMessage.charAt(i));
            }
        }
        return findUnspaced(unspaced.toString(), names, parts)
                .map(spotted -> new Spotted(spotted.name(), at[spotted.start()], at[spotted.end() - 1] + 1));
    }

    private Optional<Spotted> findUnspaced(String foldedMessage, List<String> names, boolean parts) {
        if (names.isEmpty() || foldedMessage.length() < SHORTEST_STRETCH) {
            return Optional.empty();
        }
        int[] messagePieces = pieces(foldedMessage);
        List<Form> forms = prepare(names).forms();
        Spotted best = null;
        double bestScore = 0;
        int bestLength = 0;
        boolean bestTie = false;
        Spotted distinctive = null;
        int distinctiveShared = 0;
        boolean distinctiveTie = false;
        for (Form form : forms) {
            if (!sharesAPiece(form.pieces(), messagePieces)) {
                continue;
            }
            String folded = form.folded();
            int at = foldedMessage.indexOf(folded);
            int[] stretch = at >= 0 ? new int[] {at + folded.length(), folded.length()}
                    : longestCommonStretch(foldedMessage, folded);
            int shared = stretch[1];
            double score = (double) shared / folded.length();
            if (shared < (form.reading() ? SHORTEST_READING_STRETCH : SHORTEST_STRETCH)) {
                continue;
            }
            Spotted spotted = new Spotted(form.name(), stretch[0] - shared, stretch[0]);
            if (qualifiedOtherwise(foldedMessage, spotted, folded)) {
                continue;
            }
            if (score >= COVERAGE) {
                if (score > bestScore || score == bestScore && folded.length() > bestLength) {
                    best = spotted;
                    bestScore = score;
                    bestLength = folded.length();
                    bestTie = false;
                } else if (score == bestScore && folded.length() == bestLength && !best.name().equals(form.name())) {
                    // 「地域まちづくり推進委員会」 fits three councils alike: it names none of them.
                    bestTie = true;
                }
            } else if (parts && score >= DISTINCTIVE_SHARE && shared >= distinctiveShared
                    && isDistinctive(foldedMessage.substring(spotted.start(), spotted.end()), form.name(), forms)) {
                distinctiveTie = shared == distinctiveShared && distinctive != null
                        && !distinctive.name().equals(form.name());
                distinctive = spotted;
                distinctiveShared = shared;
            }
        }
        if (best != null) {
            return bestTie ? Optional.empty() : Optional.of(best);
        }
        return distinctiveTie ? Optional.empty() : Optional.ofNullable(distinctive);
    }

    /**
     * Whether the message writes 「〈word〉の」 right before a stretch that leaves out the name's head, with a word the
     * name does not hold (「赤江の津波避難訓練」 still names 「赤江 津波避難訓練」).
     */
    private boolean qualifiedOtherwise(String message, Spotted spotted, String folded) {
        int start = spotted.start();
        int particle = start - qualifying.length();
        if (particle < 2 || !message.startsWith(qualifying, particle)
                || folded.startsWith(message.substring(start, spotted.end()))) {
            return false;
        }
        return !folded.contains(message.substring(particle - 2, particle));
    }

    /** Whether only {@code name} holds {@code part}, and {@code part} is more than one everyday word. */
    private boolean isDistinctive(String part, String name, List<Form> forms) {
        return !everydayWord.test(particlesAtEnds.matcher(part).replaceAll(""))
                && forms.stream().noneMatch(other -> !other.name().equals(name) && other.folded().contains(part));
    }

    private Prepared prepare(List<String> names) {
        Prepared current = prepared;
        if (current.names() == names) {
            return current;
        }
        List<Form> forms = new ArrayList<>();
        for (String name : names) {
            String full = TextNormalizer.foldKana(normalizer.normalize(name)).replace(" ", "");
            String core = BRACKETED.matcher(full).replaceAll("");
            Set<String> written = new LinkedHashSet<>(List.of(full, core));
            String read = reading.apply(BRACKETED.matcher(normalizer.normalize(name)).replaceAll("")).replace(" ", "");
            for (String folded : written) {
                if (folded.length() >= SHORTEST_STRETCH) {
                    forms.add(new Form(name, folded, pieces(folded), false));
                }
            }
            if (!written.contains(read) && read.length() >= SHORTEST_READING_STRETCH) {
                forms.add(new Form(name, read, pieces(read), true));
            }
        }
        Prepared fresh = new Prepared(names, forms);
        prepared = fresh;
        return fresh;
    }

    /** The text's two-character pieces, each as one int, sorted for binary search. */
    private static int[] pieces(String text) {
        int[] pieces = new int[Math.max(text.length() - 1, 0)];
        for (int i = 0; i < pieces.length; i++) {
            pieces[i] = text.charAt(i) << 16 | text.charAt(i + 1);
        }
        Arrays.sort(pieces);
        return pieces;
    }

    private static boolean sharesAPiece(int[] name, int[] message) {
        for (int piece : name) {
            if (Arrays.binarySearch(message, piece) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where in {@code a} the longest stretch shared with {@code b} ends, and its length. */
    private static int[] longestCommonStretch(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        int longest = 0;
        int end = 0;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1 : 0;
                if (current[j] > longest) {
                    longest = current[j];
                    end = i;
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return new int[] {end, longest};
    }

    /** A name found in a message, written at {@code [start, end)} of the folded message. */
    record Spotted(String name, int start, int end) {
    }

    /** One way of writing a name, folded, with its two-character pieces; {@code reading} when it is how it reads. */
    private record Form(String name, String folded, int[] pieces, boolean reading) {
    }

    /** The forms of one list of names; the list is compared by identity. */
    private record Prepared(List<String> names, List<Form> forms) {
    }
}
