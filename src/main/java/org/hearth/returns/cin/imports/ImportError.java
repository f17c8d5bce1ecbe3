package org.hearth.returns.cin.imports;

/**
 * Why an import refused a file, in terms of the file: which element (and its row), which field, and why.
 *
 * @param file      the file's name
 * @param laChildId the child the problem belongs to, or null for the header or the file as a whole
 * @param element   the census module, e.g. "CINdetails" or "ChildProtectionPlans" (the validator's table names)
 * @param row       the module's 0-based position among all elements of its kind in the file, as in the issues.csv
 *                  of {@code returns validate}; -1 when there is none (an unreadable file)
 * @param field     the XML element at fault, e.g. "CINreferralDate", or null
 * @param reason    what is wrong, with the Hearth rule and DfE rule code where a journey rule refused it
 */
public record ImportError(String file, String laChildId, String element, int row, String field, String reason) {

    /** "CINdetails row 3 (child DfEX0000001)": where to look in the file. */
    public String where() {
        String at = element == null ? "file" : row < 0 ? element : element + " row " + row;
        return laChildId == null ? at : at + " (child " + laChildId + ")";
    }

    @Override
    public String toString() {
        return file + ": " + where() + (field == null ? "" : ", " + field) + ": " + reason;
    }
}
