package org.hearth.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.Violation;

/**
 * An address the child lived at, from {@code from} (to {@code to}); the postcode drives placement distance and
 * deprivation measures, so it must look like a UK postcode.
 */
public record RecordAddress(String type, String line, String postcode, LocalDate from, LocalDate to,
                            boolean doNotDisclose) implements JourneyCommand {
    /** An address that may be shown to whoever may see the child's addresses. */
    public RecordAddress(String type, String line, String postcode, LocalDate from, LocalDate to) {
        this(type, line, postcode, from, to, false);
    }

    static final Pattern POSTCODE = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}");
    static final String KIND = PeopleStage.ADDRESSES.name();

    @Override
    public List<String> parts() {
        return List.of(KIND);
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        List<Violation> out = new ArrayList<>();
        String address = Network.trimmed(line);
        if (address == null) {
            out.add(new Violation("address-line", null, KIND, null, "addressLine", "Enter the address"));
        }
        Network.words(address, 300, "the address", KIND, "addressLine", out);
        Network.words(type, 50, "the kind of address", KIND, "addressType", out);
        String code = Network.trimmed(postcode) == null ? null : postcode.strip().toUpperCase(java.util.Locale.ROOT);
        if (code != null && !POSTCODE.matcher(code).matches()) {
            out.add(new Violation("address-postcode", null, KIND, null, "addressPostcode",
                    "Enter a real postcode, like LS6 1AA"));
        }
        if (from == null) {
            out.add(new Violation("address-date", null, KIND, null, "addressStartDate",
                    "Enter the date the child started living there"));
        }
        Network.dates(from, to, context.today(), KIND, "addressStartDate", "addressEndDate", out);
        if (!out.isEmpty()) {
            return Decision.refused(out);
        }
        return Decision.of(JourneyChange.of(PeopleStage.ADDRESSES, new Address(null, j.child().id(),
                Network.trimmed(type), address, code, from, to, doNotDisclose)));
    }
}
