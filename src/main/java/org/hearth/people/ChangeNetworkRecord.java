package org.hearth.people;

import java.util.List;
import java.util.UUID;
import org.hearth.journey.ChildJourney;
import org.hearth.journey.EpisodeKind;
import org.hearth.journey.JourneyChange;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyRecord;
import org.hearth.journey.Violation;

/**
 * Changes (or ends, with an end date) a person who matters, a relationship or an address already on the child's
 * record: the same checks as adding one ({@code answers}, the adding command), applied to the record with this id.
 * A record that is not on this child's record is refused; a stale version is refused by the service.
 */
public record ChangeNetworkRecord<T extends Record & JourneyRecord>(EpisodeKind<T> kind, UUID id,
                                                                    JourneyCommand answers)
        implements JourneyCommand {

    public static ChangeNetworkRecord<PersonWhoMatters> personWhoMatters(UUID id, AddPersonWhoMatters answers) {
        return new ChangeNetworkRecord<>(PeopleStage.PEOPLE_WHO_MATTER, id, answers);
    }

    public static ChangeNetworkRecord<Address> address(UUID id, RecordAddress answers) {
        return new ChangeNetworkRecord<>(PeopleStage.ADDRESSES, id, answers);
    }

    public static ChangeNetworkRecord<Relationship> relationship(UUID id, RecordRelationship answers) {
        return new ChangeNetworkRecord<>(PeopleStage.RELATIONSHIPS, id, answers);
    }

    @Override
    public List<String> parts() {
        return List.of(kind.name());
    }

    @Override
    public Decision decide(ChildJourney j, Context context) {
        if (id == null || j.find(kind, id).isEmpty()) {
            return Decision.refused(new Violation("network-record", null, kind.name(), id, null,
                    "This " + kind.label().toLowerCase() + " is not on the child's record"));
        }
        Decision added = answers.decide(j, context);
        if (added.refused()) {
            return added;
        }
        T record = kind.cast(added.changes().get(0).record());
        return Decision.of(JourneyChange.of(kind, kind.table().withIdentity(record, id, j.child().id())));
    }
}
