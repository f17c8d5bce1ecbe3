package org.hearth.care;

import java.util.List;
import org.hearth.access.Actor;
import org.hearth.journey.ChildJourney;

/**
 * The ties a child named that a move of placement could break (a brother or sister placed with them, their school, a
 * person who matters they want to keep seeing), in words, for the change of placement form to show before the move is
 * confirmed. Answered by a later part of Hearth (the stability capability), so care depends on no one.
 */
public interface PlacementTies {
    /** The ties at risk, each a sentence; empty when there are none the actor may see. */
    List<String> atRisk(ChildJourney journey, Actor actor);
}
