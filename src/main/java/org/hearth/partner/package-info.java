/**
 * The partner organisation's own pages and API (issue 10 §5): the partner's home ({@code /partner}: the children shared
 * with their organisation, what they are asked to do and by when from every {@code clocks.TaskSource}, the requests
 * waiting for their answer) and the partner child view ({@code /partner/children/{id}}: only the parts the sharing
 * decision covers, with its purpose and lawful basis shown). Administrators keep the organisations and their users.
 */
package org.hearth.partner;
