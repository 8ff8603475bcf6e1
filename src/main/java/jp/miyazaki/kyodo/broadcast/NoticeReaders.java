package jp.miyazaki.kyodo.broadcast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import jp.miyazaki.kyodo.citizen.CitizenLanguage;

/**
 * Which text of a notice each recipient reads: the English one for citizens answered in English (their choice,
 * else their LINE profile's), the Japanese one for everyone else — Japanese, やさしい日本語 (no notice is written in
 * it) and citizens whose language is not known. The same split counts the composer's readers and cuts the batches.
 */
@Component
class NoticeReaders {

    private final CitizenLanguage languages;

    NoticeReaders(CitizenLanguage languages) {
        this.languages = languages;
    }

    /** The recipients by the text they read: {@code ja} then {@code en}, both present, each in the given order. */
    Map<String, List<String>> byText(List<String> recipients) {
        Map<String, String> known = languages.knownLanguages(recipients);
        Map<String, List<String>> readers = new LinkedHashMap<>();
        readers.put(CitizenLanguage.JAPANESE, new ArrayList<>());
        readers.put(CitizenLanguage.ENGLISH, new ArrayList<>());
        for (String userId : recipients) {
            readers.get(CitizenLanguage.ENGLISH.equals(known.get(userId)) ? CitizenLanguage.ENGLISH
                    : CitizenLanguage.JAPANESE).add(userId);
        }
        return readers;
    }
}
