package org.hearth.ssd;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hearth's reading of one SSD field beyond the YAML's own attributes (from {@code ssd/field-rules.tsv}): the codes
 * a value must be one of and where they come from, a length or shape the field's guidance gives, and whether the
 * spec's "required" or "unique" is relaxed — each with the reason, so a reader can judge it.
 *
 * @param codes      the allowed codes, or null when the field has no code list
 * @param codesFrom  where the codes come from: an SSD category file, a Hearth DfE list, or the field's guidance
 * @param jsonArray  the value is a JSON array of codes (the assessment factors)
 */
public record FieldRule(Set<String> codes, String codesFrom, boolean jsonArray, Integer maxLength, Pattern pattern,
                        boolean notRequired, boolean notUnique, String note) {
    public static final FieldRule NONE = new FieldRule(null, null, false, null, null, false, false, null);
}
