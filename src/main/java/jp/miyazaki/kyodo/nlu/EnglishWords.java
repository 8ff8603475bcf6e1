package jp.miyazaki.kyodo.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Lucene's English analysis of a message: Unicode word boundaries, possessives, lower case and Porter stems. The
 * classifier reads {@link #stems} ({@link EnglishAnalyzer} with the stop words of {@code dialogs/en/entities.yml});
 * entity phrases are matched on {@link #words}, which keep every word and where it stands in the text.
 */
final class EnglishWords {

    /** One word as written (lower case) and its stem, with its place in the analysed text. */
    record Word(String text, String stem, int start, int end) {
    }

    private final Analyzer classified;
    private final Analyzer all = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(new EnglishPossessiveFilter(source));
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };
    private final CharArraySet stopWords;

    EnglishWords(Collection<String> stopWords) {
        this.stopWords = CharArraySet.unmodifiableSet(new CharArraySet(stopWords, true));
        this.classified = new EnglishAnalyzer(this.stopWords);
    }

    /** The stems the intent classifier reads: stop words left out. */
    List<String> stems(String text) {
        List<String> stems = new ArrayList<>();
        try (TokenStream stream = classified.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                stems.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    /** Every word of the text, stop words included, with its stem and offsets. */
    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        try (TokenStream stream = all.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                words.add(new Word(text.substring(start, end).toLowerCase(Locale.ROOT), term.toString(),
                        start, end));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    boolean isStopWord(String word) {
        return stopWords.contains(word);
    }
}
