package org.hearth.platform.web;

import java.util.UUID;
import java.util.function.Function;
import org.hearth.access.Actor;
import org.hearth.journey.JourneyCommand;
import org.hearth.journey.JourneyService;
import org.hearth.journey.RuleViolations;
import org.hearth.journey.StaleRecord;

/** Records a form's changes; a stale record or a broken journey rule becomes the form's errors, never a 500. */
public final class FormRecorder {
    private FormRecorder() {}

    /**
     * Runs a stage's command for a form.
     *
     * @param formField the question a record's field is asked in, or null when a problem is about the whole form
     * @return true when recorded; false with the reasons in {@code errors} when refused (nothing was saved)
     */
    public static boolean execute(JourneyService journeys, Actor actor, UUID childId, Long version,
                                  JourneyCommand command, String purpose, FormErrors errors,
                                  Function<String, String> formField) {
        return record(journeys, actor, childId, version, command, purpose, errors, formField).isPresent();
    }

    /**
     * Runs a stage's command for a form, as {@link #execute}, answering with what was saved (the records as saved,
     * so the form can name the one it added), or empty with the reasons in {@code errors} when refused.
     */
    public static java.util.Optional<JourneyService.Recorded> record(JourneyService journeys, Actor actor,
                                                                     UUID childId, Long version,
                                                                     JourneyCommand command, String purpose,
                                                                     FormErrors errors,
                                                                     Function<String, String> formField) {
        try {
            return java.util.Optional.of(journeys.execute(actor, childId, version, command, purpose));
        } catch (StaleRecord stale) {
            errors.add(null, stale.title() + ". " + stale.getMessage(), null);
            return java.util.Optional.empty();
        } catch (RuleViolations v) {
            errors.addAll(v.violations(), formField);
            return java.util.Optional.empty();
        }
    }
}
