package org.hearth.returns.ssda903;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The DfE's list of local authority codes, for rule 633 (LA_PERM must be a valid LA code). Hearth does not ship the
 * list: it is given with {@code --la-codes FILE}, a CSV with this header (names in any case):
 *
 * <pre>
 * la_code,la_name,ons_code
 * 383,Leeds,E08000035
 * </pre>
 *
 * {@code la_code} (the DfE's three-digit code, or any other code the year's guidance allows in LA_PERM, such as
 * those it gives for an order made outside England) is required; {@code la_name} and {@code ons_code} are optional.
 * When {@code ons_code} is given, {@code --la 383} is also matched to postcodes, as if {@code --la E08000035} had
 * been given.
 */
public final class LaCodeList {
    private final Map<String, String> onsByCode;

    public LaCodeList(Map<String, String> onsByCode) {
        Map<String, String> m = new HashMap<>();
        onsByCode.forEach((k, v) -> m.put(normal(k), v == null ? "" : v));
        this.onsByCode = Map.copyOf(m);
    }

    public static LaCodeList read(Path file) throws ReferenceDataException {
        return from(ReferenceCsv.read(file));
    }

    static LaCodeList parse(String source, String text) throws ReferenceDataException {
        return from(ReferenceCsv.parse(source, text));
    }

    private static LaCodeList from(ReferenceCsv csv) throws ReferenceDataException {
        csv.require("la_code");
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < csv.size(); i++) {
            String code = csv.get(i, "la_code");
            if (code == null) {
                throw new ReferenceDataException(csv.where(i, "la_code") + ": the code is blank");
            }
            String ons = csv.get(i, "ons_code");
            if (out.put(normal(code), ons == null ? "" : ons) != null) {
                throw new ReferenceDataException(csv.where(i, "la_code") + ": code " + code + " is listed twice");
            }
        }
        if (out.isEmpty()) {
            throw new ReferenceDataException(csv.where(0, "la_code").replaceAll(" line.*", "")
                    + " lists no codes");
        }
        return new LaCodeList(out);
    }

    private static String normal(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the code is on the list (any case, surrounding spaces ignored). */
    public boolean contains(String code) {
        return code != null && onsByCode.containsKey(normal(code));
    }

    /** The ONS code of an LA on the list, or null when the list does not give one. */
    public String onsCode(String code) {
        String ons = code == null ? null : onsByCode.get(normal(code));
        return ons == null || ons.isEmpty() ? null : ons;
    }

    public int size() {
        return onsByCode.size();
    }
}
