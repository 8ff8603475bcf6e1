package jp.miyazaki.kyodo.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words an English text is about, as Porter stems without Lucene's English stop words, so "clean-up",
 * "Cleaning" and "clean" meet on clean. The catalog's English texts are staff's translations; they are few, so
 * they are compared in memory and each text is analysed once.
 */
final class EnglishTerms {

    /** How many texts' terms are kept (a few catalogs' translations); past that they are analysed afresh. */
    private static final int KEPT = 4_096;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Map<String, Set<String>> known = new ConcurrentHashMap<>();

    Set<String> of(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        Set<String> terms = known.get(text);
        if (terms == null) {
            if (known.size() >= KEPT) {
                known.clear();
            }
            terms = analysed(text);
            known.put(text, terms);
        }
        return terms;
    }

    private Set<String> analysed(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                // Japanese keywords are the Japanese index's; only Latin words are looked for here.
                if (term.toString().chars().allMatch(c -> c < 0x80)) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(terms);
    }
}
