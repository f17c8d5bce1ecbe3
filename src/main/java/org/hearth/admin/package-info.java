/**
 * The council's administration of its partner organisations (issue 10 §1): the organisations as records (police
 * force, NHS trust, GP practice, health services, school or academy with its URN, early years setting with its Ofsted
 * URN, youth justice, probation, housing, Cafcass, the family court, voluntary sector), each with a type from the code
 * list and the identifier its type needs, and their own users. The rules are plain-Java commands
 * ({@link org.hearth.admin.RegisterOrganisation}, {@link org.hearth.admin.UpdateOrganisation},
 * {@link org.hearth.admin.CloseOrganisation}, {@link org.hearth.admin.AddPartnerUser},
 * {@link org.hearth.admin.DisablePartnerUser}, {@link org.hearth.admin.EnablePartnerUser},
 * {@link org.hearth.admin.ResetPartnerPassword}); {@link org.hearth.admin.OrganisationAdmin} runs them through the
 * access seam's administration work (only the council's administrators, every change audited). Closing an
 * organisation ends its sharing decisions through sharing's EndSharing, never by SQL of its own.
 */
package org.hearth.admin;
