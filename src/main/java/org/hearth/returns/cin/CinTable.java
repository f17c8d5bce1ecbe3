package org.hearth.returns.cin;

/** The CIN tables issues are reported against, named as the DfE and the rule catalogues name them. */
public enum CinTable {
    Header, ChildIdentifiers, ChildCharacteristics, Disabilities, CINdetails, Assessments, CINplanDates, Section47,
    ChildProtectionPlans, Reviews
}
