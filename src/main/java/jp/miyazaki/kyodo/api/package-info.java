/**
 * HTTP API for tools and tests: {@code POST /api/nlu/parse} shows what the bot understands of a message.
 */
package jp.miyazaki.kyodo.api;
