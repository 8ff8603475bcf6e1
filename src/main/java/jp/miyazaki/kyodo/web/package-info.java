/**
 * What every HTTP request of the app shares whatever feature answers it: body limits on the open endpoints, and a
 * 503 with {@code Retry-After} instead of a 500 while Redis is unreachable.
 */
package jp.miyazaki.kyodo.web;
