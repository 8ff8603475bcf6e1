/**
 * Japanese language understanding: {@link jp.miyazaki.kyodo.nlu.TextNormalizer} (width, kana, long vowels,
 * iteration marks, kanji numerals, emoji), Kuromoji tokens with the domain user dictionary, an intent classifier
 * trained at start-up from {@code dialogs/intents.yml}, and extractors for category, district, opportunity kind
 * ({@code dialogs/entities.yml}) and dates. Unanswered and low-confidence messages go, masked, to an
 * {@link jp.miyazaki.kyodo.nlu.UnansweredLog}. Knows nothing of LINE, HTTP or Redis, so plain JUnit tests it.
 */
package jp.miyazaki.kyodo.nlu;
