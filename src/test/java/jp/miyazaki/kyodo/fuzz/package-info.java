/** Hostile input against the public endpoints: a seeded, replayable fuzzer and a scan of the logs. */
package jp.miyazaki.kyodo.fuzz;
