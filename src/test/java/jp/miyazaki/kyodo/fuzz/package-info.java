/** Hostile input against the public endpoints: property-based fuzzing with jqwik and a scan of the logs. */
package jp.miyazaki.kyodo.fuzz;
