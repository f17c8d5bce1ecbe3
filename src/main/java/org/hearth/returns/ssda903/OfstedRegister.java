package org.hearth.returns.ssda903;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ofsted's register of children's social care providers, as far as the 903 rules need it (1008, 219, 221, 224, 227,
 * 228, 229). Hearth does not ship the register: an LA gives its own extract with {@code --ofsted FILE}, a CSV with
 * this header (columns in any order, names in any case):
 *
 * <pre>
 * urn,place_codes,provider_codes,postcode,registered,closed
 * SC123456,K2 R1,PR4,LS2 9JT,01/04/2015,
 * </pre>
 *
 * <ul>
 *   <li>{@code urn}: the provider's Ofsted unique reference number (required, unique);</li>
 *   <li>{@code place_codes}: the 903 placement types (PLACE) the provider may be used for, separated by spaces,
 *       {@code ;} or {@code |};</li>
 *   <li>{@code provider_codes}: the 903 placement provider codes (PLACE_PROVIDER) that fit it (e.g. PR1 for the
 *       LA's own home, PR4 private, PR5 voluntary);</li>
 *   <li>{@code postcode}: the provider's postcode;</li>
 *   <li>{@code registered} and {@code closed}: registration date and closure date (blank while open), as
 *       dd/mm/yyyy or yyyy-mm-dd.</li>
 * </ul>
 * A blank {@code place_codes}, {@code provider_codes} or {@code postcode} means "not known", and the rule needing
 * it does not flag that provider's episodes.
 */
public final class OfstedRegister {

    /** One registered provider. Empty sets and null fields mean not known. */
    public record Provider(String urn, Set<String> placeCodes, Set<String> providerCodes, String postcode,
                           LocalDate registered, LocalDate closed) {
        /** Whether the provider was registered on that day (registered on or before it, not closed before it). */
        public boolean registeredOn(LocalDate day) {
            return (registered == null || !day.isBefore(registered)) && (closed == null || !day.isAfter(closed));
        }
    }

    private final Map<String, Provider> providers;

    public OfstedRegister(Collection<Provider> providers) {
        Map<String, Provider> map = new HashMap<>();
        for (Provider p : providers) {
            map.put(normal(p.urn()), p);
        }
        this.providers = Map.copyOf(map);
    }

    /**
     * Reads the register CSV described above.
     *
     * @throws ReferenceDataException naming the line and column when the file cannot be read or makes no sense
     */
    public static OfstedRegister read(Path file) throws ReferenceDataException {
        return from(ReferenceCsv.read(file));
    }

    static OfstedRegister parse(String source, String text) throws ReferenceDataException {
        return from(ReferenceCsv.parse(source, text));
    }

    private static OfstedRegister from(ReferenceCsv csv) throws ReferenceDataException {
        csv.require("urn", "place_codes", "provider_codes", "postcode", "registered", "closed");
        Map<String, Provider> out = new HashMap<>();
        for (int i = 0; i < csv.size(); i++) {
            String urn = csv.get(i, "urn");
            if (urn == null) {
                throw new ReferenceDataException(csv.where(i, "urn") + ": the URN is blank");
            }
            LocalDate registered = csv.date(i, "registered");
            LocalDate closed = csv.date(i, "closed");
            if (registered != null && closed != null && closed.isBefore(registered)) {
                throw new ReferenceDataException(csv.where(i, "closed") + ": closed before it was registered");
            }
            Provider p = new Provider(urn, codes(csv.get(i, "place_codes")), codes(csv.get(i, "provider_codes")),
                    csv.get(i, "postcode"), registered, closed);
            if (out.put(normal(urn), p) != null) {
                throw new ReferenceDataException(csv.where(i, "urn") + ": URN " + urn + " is listed twice");
            }
        }
        return new OfstedRegister(out.values());
    }

    private static Set<String> codes(String cell) {
        Set<String> out = new LinkedHashSet<>();
        if (cell != null) {
            for (String c : cell.split("[\\s;|]+")) {
                if (!c.isBlank()) {
                    out.add(c.strip().toUpperCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(out);
    }

    static String normal(String urn) {
        return urn.strip().toUpperCase(Locale.ROOT);
    }

    /** The provider with this URN, or null (also for a blank URN). */
    public Provider find(String urn) {
        return urn == null || urn.isBlank() ? null : providers.get(normal(urn));
    }

    public int size() {
        return providers.size();
    }
}
