/**
 * Sign-ups for opportunities: places are taken atomically in Redis (one Lua script, never overbooked), a full
 * opportunity offers a waitlist, cancelling frees the places and moves the first waiting people up.
 */
package jp.miyazaki.kyodo.signup;
