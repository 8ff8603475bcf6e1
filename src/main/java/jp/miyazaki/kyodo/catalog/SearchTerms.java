package jp.miyazaki.kyodo.catalog;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;

import jp.miyazaki.kyodo.nlu.MorphologicalAnalyzer;
import jp.miyazaki.kyodo.nlu.Token;

/**
 * The words a text is about, as Kuromoji base forms: nouns, verbs and adjectives, without particles, numbers or
 * single kana, so 「清掃しました」 and 「清掃します」 meet on 清掃 and する is left out.
 */
public final class SearchTerms {

    private static final Set<String> TOO_COMMON = Set.of("する", "ある", "いる", "なる", "できる", "こと", "もの",
            "ため", "よう", "方", "さん", "ます", "です", "れる", "られる", "探す", "ない", "いい", "たい", "思う",
            "参加", "申し込む", "申し込み", "教える", "知る", "今週", "来週", "週末", "今日", "明日", "土曜",
            "日曜", "土日", "近く", "何", "いつ");

    private final MorphologicalAnalyzer analyzer;

    public SearchTerms(MorphologicalAnalyzer analyzer) {
        this.analyzer = analyzer;
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
            if (content && !noise && !TOO_COMMON.contains(term) && !isSingleKana(term) && !term.isBlank()) {
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
