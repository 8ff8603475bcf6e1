/**
 * Closed sets that people choose from (categories, kinds, fields, topics): a stable id for Redis and the API, a
 * Japanese label for citizens and staff, and one way to read either back.
 */
package jp.miyazaki.kyodo.label;
