package org.hearth.referral;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;

/**
 * What later parts of Hearth add to the front door's pages without the front door knowing them: panels beside a contact
 * on its decision page (the referral a partner made, requests for information and their answers) and links above the
 * queue (partners' referrals waiting to be taken in). The contact's journey is as the worker's view shows it.
 */
public interface ContactExtras {
    /** A line of a panel: what (key), the words (value), and an optional tag. */
    record Row(String key, String value, String tag, String tagClass) {}

    /** A panel: a heading, a sentence, its rows, and an optional link to act. */
    record Panel(String heading, String intro, List<Row> rows, String linkText, String linkHref) {}

    /** A link above the queue. */
    record Link(String text, String href) {}

    List<Panel> panels(ChildJourney journey, Contact contact, Actor actor);

    default List<Link> queueLinks(Actor actor) {
        return List.of();
    }
}
