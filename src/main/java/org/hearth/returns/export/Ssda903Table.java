package org.hearth.returns.export;

import java.util.List;

/**
 * The 903 tables, with their CSV file names and columns in the DfE's order (column spec 2024 and the open 903
 * validator's sample files).
 */
public enum Ssda903Table {
    HEADER("header.csv", "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
    EPISODES("episodes.csv", "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
            "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN"),
    REVIEWS("reviews.csv", "CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
    UASC("uasc.csv", "CHILD", "SEX", "DOB", "DUC"),
    OC2("oc2.csv", "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS",
            "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"),
    OC3("oc3.csv", "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM"),
    AD1("ad1.csv", "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR", "SEX_ADOPTR", "LS_ADOPTR"),
    PLACED_ADOPTION("placed_for_adoption.csv", "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED",
            "REASON_PLACED_CEASED"),
    PREV_PERM("previous_permanence.csv", "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM"),
    MISSING("missing.csv", "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
    SW_EPISODES("sw_episodes.csv", "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON"),
    /** Deprivation of liberty orders, collected from 2026/27. */
    DOLO("DoLo.csv", "CHILD", "DOB", "DOLO_START", "DOLO_END");

    /** The first collection year (2026/27) with the DoLo table. */
    public static final int DOLO_FROM = 2027;

    private final String fileName;
    private final List<String> columns;

    Ssda903Table(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** The table's name as the DfE's rules and {@code issues.csv} name it, e.g. "Episodes", "PlacedAdoption". */
    public String dfeName() {
        return switch (this) {
            case HEADER -> "Header";
            case EPISODES -> "Episodes";
            case REVIEWS -> "Reviews";
            case PLACED_ADOPTION -> "PlacedAdoption";
            case PREV_PERM -> "PrevPerm";
            case MISSING -> "Missing";
            case SW_EPISODES -> "SWEpisodes";
            case DOLO -> "DoLo";
            default -> name(); // UASC, OC2, OC3, AD1
        };
    }

    /** Whether the table is part of the return in that year. */
    public boolean collectedIn(int endYear) {
        return this != DOLO || endYear >= DOLO_FROM;
    }
}
