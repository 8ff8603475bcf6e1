/** Logging and metrics conventions shared by every feature: pseudonymous user ids, no personal data in logs. */
package jp.miyazaki.kyodo.observability;
