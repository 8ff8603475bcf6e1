/**
 * What every HTTP request of the app shares whatever feature answers it: body limits on the open endpoints.
 */
package jp.miyazaki.kyodo.web;
