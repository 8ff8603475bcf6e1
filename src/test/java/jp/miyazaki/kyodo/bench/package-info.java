/** Benchmarks run by {@code bench/run}: they print a table and write CSV under {@code bench/results}. */
package jp.miyazaki.kyodo.bench;
