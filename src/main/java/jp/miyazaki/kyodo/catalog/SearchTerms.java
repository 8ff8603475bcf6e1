package jp.miyazaki.kyodo.catalog;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

import jp.miyazaki.kyodo.nlu.Lexicon;
import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import jp.miyazaki.kyodo.nlu.Token;

/**
 * The words a text is about, as Kuromoji base forms: nouns, verbs and adjectives, without particles, numbers or
 * single kana, so 「清掃しました」 and 「清掃します」 meet on 清掃 and する is left out.
 */
public final class SearchTerms {

    private final MorphologicalAnalyzer analyzer;
    /** Base forms too common to look for ({@code search_stop_words} of {@code lexicon.yml}). */
    private final Set<String> tooCommon;

    /** With the stop words of the shipped {@code dialogs/lexicon.yml}. */
    public SearchTerms(MorphologicalAnalyzer analyzer) {
        this(analyzer, Lexicon.shipped());
    }

    public SearchTerms(MorphologicalAnalyzer analyzer, Lexicon lexicon) {
        this.analyzer = analyzer;
        this.tooCommon = Set.copyOf(lexicon.searchStopWords());
    }

    public Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase();
        for (Token token : analyzer.tokenize(normalized)) {
            String pos = token.partOfSpeech() == null ? "" : token.partOfSpeech();
            boolean content = pos.startsWith("名詞") || pos.startsWith("動詞") || pos.startsWith("形容詞");
            boolean noise = pos.contains("非自立") || pos.contains("代名詞") || pos.contains("数")
                    || pos.contains("接尾");
            String term = token.baseForm();
            if (content && !noise && !tooCommon.contains(term) && !isSingleKana(term) && !term.isBlank()) {
                terms.add(term);
            }
        }
        return terms;
    }

    private static boolean isSingleKana(String term) {
        if (term.length() != 1) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(term.charAt(0));
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                || !Character.isLetter(term.charAt(0));
    }
}
