package org.hearth.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hearth.codes.CodeList;
import org.hearth.codes.CodeLists;
import org.hearth.codes.CollectionYear;

/**
 * Every coded field holds a code from its DfE list as it stood in the collection year of the record's date
 * (PLACE gained K3 in 2025/26, for example, so a K3 placement in 2024 is refused). Each stage names its coded fields
 * when it declares its kinds.
 */
public final class CodeRules {
    /** The years Hearth holds code lists for; dates outside are judged by the nearest. */
    static final int FIRST_YEAR = 2023;
    static final int LAST_YEAR = 2027;

    private CodeRules() {}

    public static List<Violation> check(ChildJourney journey) {
        List<Violation> out = new ArrayList<>();
        for (EpisodeKind<?> kind : journey.kinds()) {
            checkKind(journey, kind, out);
        }
        return out;
    }

    /** The collection year whose code lists judge a record dated {@code date}. */
    public static CollectionYear yearFor(LocalDate date) {
        int year = date == null ? CollectionYear.containing(LocalDate.now()).endYear()
                : CollectionYear.containing(date).endYear();
        return CollectionYear.of(Math.max(FIRST_YEAR, Math.min(LAST_YEAR, year)));
    }

    public static CodeList list(String name, LocalDate date) {
        return CodeLists.standard().list(name, yearFor(date));
    }

    private static <T extends Record & JourneyRecord> void checkKind(ChildJourney journey, EpisodeKind<T> kind,
                                                                     List<Violation> out) {
        for (EpisodeKind.CodedField<T> field : kind.codedFields()) {
            checkField(journey, kind, field, out);
        }
    }

    private static <T extends Record & JourneyRecord> void checkField(ChildJourney journey, EpisodeKind<T> kind,
                                                                      EpisodeKind.CodedField<T> field,
                                                                      List<Violation> out) {
        for (T record : journey.all(kind)) {
            Object value = field.value().apply(record);
            List<String> codes = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList()
                    : value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
            CodeList list = list(field.list(), record.startDate());
            for (String code : codes) {
                if (!list.contains(code)) {
                    out.add(new Violation("code-list", null, kind.name(), record.id(), field.field(),
                            "'" + code + "' is not a valid " + field.list() + " code in " + list.year()
                                    + "; valid codes: " + String.join(", ", list.codes())));
                }
            }
        }
    }
}
