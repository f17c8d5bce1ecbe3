/**
 * Sharing a child's record with partner organisations (issue 10): the sharing decisions (purpose, lawful basis,
 * consent, parts, end date) a social worker records through {@link org.hearth.sharing.ShareWithOrganisation},
 * {@link org.hearth.sharing.EndSharing} and {@link org.hearth.sharing.RecordConsentWithdrawn}; each materialises as a
 * SHARING role assignment the access policy reads. "Who looked" and the child's access log read the audit back by
 * child. Services one agency asks of another ({@link org.hearth.sharing.ServiceRequest}) open and close sharing.
 */
package org.hearth.sharing;
