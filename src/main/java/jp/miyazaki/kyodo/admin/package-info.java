/**
 * The staff side's door: who may use the admin API and console (staff accounts with the roles {@code admin} and
 * {@code staff}, hashed passwords, API tokens), how they sign in (HTTP Basic or a bearer token for the API, a
 * form and a session with CSRF protection for the console, a TOTP code after the password where required, or the
 * city's identity provider over OpenID Connect when configured), slowing down repeated failed logins, and the audit
 * log of every change. Sends nothing to LINE (it only asks whether LINE is configured, to tell a local run from a
 * production one); each feature's REST controller lives in that feature's module and uses this one's audit log
 * and departments.
 */
package jp.miyazaki.kyodo.admin;
