/**
 * Geography the returns derive from postcodes: the ONS postcode directory (grid point, district, upper-tier LA) and
 * the DfE's placement distance and location, shared by the 903 export and the 903 rules.
 */
package org.hearth.returns.geography;
