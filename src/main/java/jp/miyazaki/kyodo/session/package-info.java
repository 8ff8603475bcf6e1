/**
 * Redis: the connection (a configured server, or a real embedded redis-server when none is configured), the
 * conversation state of each citizen with an idle timeout, and a per-user lock across instances.
 * Knows nothing of what a conversation means.
 */
package jp.miyazaki.kyodo.session;
