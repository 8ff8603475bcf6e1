/**
 * The staff side's door: who may use the admin API and console (staff accounts with the roles {@code admin} and
 * {@code staff}, hashed passwords, API tokens), how they sign in (HTTP Basic or a bearer token for the API, a
 * form and a session with CSRF protection for the console), slowing down repeated failed logins, and the audit
 * log of every change. Knows nothing of LINE.
 */
package jp.miyazaki.kyodo.admin;
