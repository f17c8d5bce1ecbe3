/**
 * The home page's work for the roles with no caseload: a data analyst's return files and data quality, an
 * administrator's settings, users and audit check, a health partner's flag service. Each is a
 * {@link org.hearth.clocks.TaskSource}; nothing in Hearth depends on this package.
 */
package org.hearth.home;
