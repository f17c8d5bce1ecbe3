package org.hearth.sharing;

/** The default parts of each demo partner's sharing, for the demo authority (the same defaults a worker is offered). */
public final class SharedPartsDemo {
    private SharedPartsDemo() {}

    public static String[] police() {
        return SharedParts.defaults("POLICE_FORCE", "SAFEGUARDING_ENQUIRY").toArray(String[]::new);
    }

    public static String[] school() {
        return SharedParts.defaults("SCHOOL", "EDUCATION").toArray(String[]::new);
    }

    public static String[] court() {
        return SharedParts.defaults("CAFCASS", "COURT_PROCEEDINGS").toArray(String[]::new);
    }

    public static String[] health() {
        return SharedParts.defaults("NHS_TRUST", "HEALTH_CARE").toArray(String[]::new);
    }
}
