/**
 * Japanese language understanding: normalisation, Kuromoji tokens, intents and entities.
 * Knows nothing of LINE, HTTP or Redis, so plain JUnit tests it.
 */
package jp.miyazaki.kyodo.nlu;
