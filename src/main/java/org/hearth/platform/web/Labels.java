package org.hearth.platform.web;

import java.util.Map;
import org.hearth.clocks.ClockStatus;

/** Words and tag colours the pages use for status codes. */
public final class Labels {
    private Labels() {}

    public static final Map<String, String> TAGS = Map.of("UNBORN", "Unborn", "FAMILY_HELP", "Family help",
            "CIN", "Child in need", "CP", "Child protection", "LOOKED_AFTER", "Looked after",
            "CARE_LEAVER", "Care leaver", "MISSING", "Missing", "CP_REPEAT", "Repeat child protection plan",
            "CP_REPEAT_2Y", "Repeat child protection plan within 2 years");

    public static final Map<ClockStatus, String> STATUS = Map.of(ClockStatus.DUE, "Due", ClockStatus.DUE_TODAY,
            "Due today", ClockStatus.OVERDUE, "Overdue", ClockStatus.ON_TIME, "On time", ClockStatus.LATE, "Late");

    public static final Map<ClockStatus, String> STATUS_CLASS = Map.of(ClockStatus.DUE, "govuk-tag--grey",
            ClockStatus.DUE_TODAY, "govuk-tag--yellow", ClockStatus.OVERDUE, "govuk-tag--red",
            ClockStatus.ON_TIME, "govuk-tag--green", ClockStatus.LATE, "govuk-tag--orange");

    public static void addTo(org.springframework.ui.Model model) {
        model.addAttribute("tagLabels", TAGS);
        model.addAttribute("statusLabels", STATUS);
        model.addAttribute("statusClasses", STATUS_CLASS);
    }
}
