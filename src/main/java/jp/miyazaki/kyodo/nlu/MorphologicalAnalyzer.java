package jp.miyazaki.kyodo.nlu;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Splits Japanese text into morphemes with Kuromoji (Lucene's maintained fork).
 * Lucene tokenizers are not thread-safe, so each thread keeps its own.
 */
public final class MorphologicalAnalyzer {

    private final ThreadLocal<JapaneseTokenizer> tokenizers;

    public MorphologicalAnalyzer(UserDictionary userDictionary) {
        this.tokenizers = ThreadLocal.withInitial(
                () -> new JapaneseTokenizer(userDictionary, true, JapaneseTokenizer.Mode.NORMAL));
    }

    public MorphologicalAnalyzer() {
        this(null);
    }

    /**
     * An analyzer that also knows the domain words in a Kuromoji user dictionary CSV
     * ({@code surface,segmentation,readings,part of speech}); a missing file means no user dictionary.
     */
    public static MorphologicalAnalyzer withUserDictionary(Path csv) {
        if (!Files.isRegularFile(csv)) {
            return new MorphologicalAnalyzer();
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new MorphologicalAnalyzer(UserDictionary.open(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read user dictionary " + csv, e);
        }
    }

    public List<Token> tokenize(String text) {
        JapaneseTokenizer tokenizer = tokenizers.get();
        CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
        BaseFormAttribute baseForm = tokenizer.addAttribute(BaseFormAttribute.class);
        ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
        PartOfSpeechAttribute partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
        List<Token> tokens = new ArrayList<>();
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String surface = term.toString();
                String lemma = baseForm.getBaseForm();
                tokens.add(new Token(surface, lemma == null ? surface : lemma,
                        reading.getReading(), partOfSpeech.getPartOfSpeech()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        } finally {
            closeQuietly(tokenizer);
        }
        return tokens;
    }

    private static void closeQuietly(JapaneseTokenizer tokenizer) {
        try {
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
