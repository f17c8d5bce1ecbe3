package org.hearth.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.hearth.platform.jdbc.RecordTable;

/**
 * A kind of record on a child's journey: its API name (a path segment such as {@code cp-plans}), what a
 * practitioner calls it, the SSD table it lives in, and what the journey-wide rules need to know about it (may its
 * episodes overlap, may it precede birth, which fields are coded). A stage declares its kinds (see {@link Stage}); the
 * journey code reads only these traits, never a particular kind.
 *
 * <p>Two kinds are the same kind when their names are: a name is the kind's identity in the API and the audit.
 */
public final class EpisodeKind<T extends Record & JourneyRecord> {
    /** A field whose values come from a DfE code list (named as in {@code codes/}), judged by the record's year. */
    public record CodedField<T>(String field, String list, Function<T, Object> value) {}

    private final String name;
    private final String label;
    private final RecordTable<T> table;
    private final int position;
    private final Traits<T> traits;

    /**
     * What the common rules check of every kind. A DfE code of "" means the rule applies with no DfE counterpart;
     * null means the rule does not apply to this kind.
     */
    private record Traits<T>(String noOverlapCode, String oneOpenCode, boolean preBirth, boolean undated,
                             boolean afterDeath, String endBeforeStartCode, String beforeBirthCode,
                             String afterDeathCode, List<CodedField<T>> codedFields) {
        static <T> Traits<T> none() {
            return new Traits<>(null, null, false, false, false, null, null, null, List.of());
        }
    }

    private EpisodeKind(String name, String label, RecordTable<T> table, int position, Traits<T> traits) {
        this.name = name;
        this.label = label;
        this.table = table;
        this.position = position;
        this.traits = traits;
    }

    /**
     * A kind stored in {@code table}, columns named {@code prefix} + the component in snake case.
     *
     * @param position where the kind stands in the journey (family help before a contact before a referral…): orders
     *                 the record's parts and the rules' findings
     */
    public static <T extends Record & JourneyRecord> EpisodeKind<T> of(int position, String name, String label,
                                                                       Class<T> type, String table, String prefix,
                                                                       String idColumn) {
        return new EpisodeKind<>(name, label, new RecordTable<>(type, table, prefix, idColumn), position, Traits.none());
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    public RecordTable<T> table() {
        return table;
    }

    public int position() {
        return position;
    }

    public Class<T> type() {
        return table.type();
    }

    @SuppressWarnings("unchecked")
    public T cast(JourneyRecord record) {
        return (T) record;
    }

    // ---- traits, declared by the stage -------------------------------------------------------------------------

    /** Episodes of this kind may not overlap one another (DfE code, or "" where the DfE has none). */
    public EpisodeKind<T> noOverlap(String dfeCode) {
        return with(new Traits<>(dfeCode, traits.oneOpenCode, traits.preBirth, traits.undated, traits.afterDeath,
                traits.endBeforeStartCode, traits.beforeBirthCode, traits.afterDeathCode, traits.codedFields));
    }

    /** At most one episode of this kind may be open (no end date) at a time. */
    public EpisodeKind<T> oneOpen(String dfeCode) {
        return with(new Traits<>(traits.noOverlapCode, dfeCode, traits.preBirth, traits.undated, traits.afterDeath,
                traits.endBeforeStartCode, traits.beforeBirthCode, traits.afterDeathCode, traits.codedFields));
    }

    /** Work of this kind may happen before the child is born (protecting an unborn baby starts before birth). */
    public EpisodeKind<T> preBirth() {
        return with(new Traits<>(traits.noOverlapCode, traits.oneOpenCode, true, traits.undated, traits.afterDeath,
                traits.endBeforeStartCode, traits.beforeBirthCode, traits.afterDeathCode, traits.codedFields));
    }

    /** Records of this kind may lack a start date (a relationship older than anyone can date). */
    public EpisodeKind<T> undated() {
        return with(new Traits<>(traits.noOverlapCode, traits.oneOpenCode, traits.preBirth, true, traits.afterDeath,
                traits.endBeforeStartCode, traits.beforeBirthCode, traits.afterDeathCode, traits.codedFields));
    }

    /** Records of this kind may start after the child's death (the people who mattered to them). */
    public EpisodeKind<T> afterDeath() {
        return with(new Traits<>(traits.noOverlapCode, traits.oneOpenCode, traits.preBirth, traits.undated, true,
                traits.endBeforeStartCode, traits.beforeBirthCode, traits.afterDeathCode, traits.codedFields));
    }

    /** The DfE codes of the date rules where this kind has them: ends before it starts, before birth, after death. */
    public EpisodeKind<T> dateCodes(String endBeforeStart, String beforeBirth, String afterDeath) {
        return with(new Traits<>(traits.noOverlapCode, traits.oneOpenCode, traits.preBirth, traits.undated,
                traits.afterDeath, endBeforeStart, beforeBirth, afterDeath, traits.codedFields));
    }

    /** A field of this kind whose values come from the DfE code list {@code list}. */
    public EpisodeKind<T> coded(String field, String list, Function<T, Object> value) {
        List<CodedField<T>> fields = new ArrayList<>(traits.codedFields);
        fields.add(new CodedField<>(field, list, value));
        return with(new Traits<>(traits.noOverlapCode, traits.oneOpenCode, traits.preBirth, traits.undated,
                traits.afterDeath, traits.endBeforeStartCode, traits.beforeBirthCode, traits.afterDeathCode,
                List.copyOf(fields)));
    }

    private EpisodeKind<T> with(Traits<T> next) {
        return new EpisodeKind<>(name, label, table, position, next);
    }

    public String noOverlapCode() {
        return traits.noOverlapCode;
    }

    public String oneOpenCode() {
        return traits.oneOpenCode;
    }

    public boolean mayPrecedeBirth() {
        return traits.preBirth;
    }

    public boolean mayBeUndated() {
        return traits.undated;
    }

    public boolean mayFollowDeath() {
        return traits.afterDeath;
    }

    public String endBeforeStartCode() {
        return traits.endBeforeStartCode;
    }

    public String beforeBirthCode() {
        return traits.beforeBirthCode;
    }

    public String afterDeathCode() {
        return traits.afterDeathCode;
    }

    public List<CodedField<T>> codedFields() {
        return traits.codedFields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EpisodeKind<?> other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
