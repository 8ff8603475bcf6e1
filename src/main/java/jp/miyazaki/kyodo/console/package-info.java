/**
 * The staff console at {@code /admin}: server-rendered Japanese pages (Thymeleaf) over the domain services —
 * dashboard, catalog, sign-ups with CSV, consultations, broadcasts, rich menu and the audit log. Sign-in,
 * session and CSRF come from the console's security chain in {@code admin}.
 */
package jp.miyazaki.kyodo.console;
