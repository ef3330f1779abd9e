/**
 * 外壳 - what every page and API call shares: security (form login for pages, HTTP Basic
 * for {@code /api}), the page header with the fiscal-year choice, error pages and the
 * API's JSON errors, and the request-size limit.
 * <p>
 * Owns no tables. Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "外壳 (web)", allowedDependencies = { "org", "shared" })
package org.perfdesk.web;
