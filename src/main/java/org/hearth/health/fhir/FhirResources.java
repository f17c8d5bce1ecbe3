package org.hearth.health.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hearth.health.FlagKind;
import org.hearth.health.HealthFlag;
import org.hearth.health.HealthFlags;
import org.hearth.health.LookupRequest;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * Hearth's flags as FHIR R4 resources, shaped as the UK Core profiles shape them: a Flag with its category, code,
 * period, subject (the Patient, by NHS number) and author (the responsible council, contained, with the social
 * worker to contact); a Patient with only its NHS number, name and date of birth.
 */
final class FhirResources {
    static final String UK_CORE_FLAG = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Flag";
    static final String UK_CORE_PATIENT = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient";
    static final String UK_CORE_ORGANIZATION = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization";
    static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    /** Hearth's code system for the three CP-IS information types (CPP, UCPP, CLA). */
    static final String FLAG_CODES = "urn:hearth:fhir:CodeSystem:cp-is-flag";
    static final String CONTACT_PURPOSE = "http://terminology.hl7.org/CodeSystem/contactentity-type";

    private FhirResources() {}

    static Flag flag(HealthFlags.Disclosed d, HealthFlag f, String council, String councilPhone) {
        Flag flag = new Flag();
        flag.setId(f.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + f.recordId());
        flag.getMeta().addProfile(UK_CORE_FLAG);
        flag.setStatus(Flag.FlagStatus.ACTIVE);
        flag.addCategory(new CodeableConcept(new Coding(FLAG_CATEGORY, "safety", "Safety")));
        flag.setCode(new CodeableConcept(new Coding(FLAG_CODES, f.kind().name(), f.kind().label()))
                .setText(f.kind().label()));
        flag.setSubject(subject(d));
        flag.setPeriod(new Period().setStartElement(new DateTimeType(f.since().toString())));
        flag.setAuthor(new Reference(organisation(d, council, councilPhone)));
        return flag;
    }

    static Reference subject(HealthFlags.Disclosed d) {
        Reference r = new Reference("Patient/" + d.patient().personId());
        r.setIdentifier(nhs(d.patient().nhsNumber()));
        String name = name(d.patient().forename(), d.patient().surname());
        if (!name.isBlank()) {
            r.setDisplay(name);
        }
        return r;
    }

    static Patient patient(HealthFlags.Disclosed d) {
        Patient p = new Patient();
        p.setId(d.patient().personId().toString());
        p.getMeta().addProfile(UK_CORE_PATIENT);
        p.addIdentifier(nhs(d.patient().nhsNumber()));
        if (d.patient().surname() != null || d.patient().forename() != null) {
            HumanName n = p.addName().setUse(HumanName.NameUse.OFFICIAL);
            if (d.patient().surname() != null) {
                n.setFamily(d.patient().surname());
            }
            if (d.patient().forename() != null) {
                n.addGiven(d.patient().forename());
            }
        }
        if (d.patient().dob() != null) {
            p.setBirthDateElement(new org.hl7.fhir.r4.model.DateType(d.patient().dob().toString()));
        }
        return p;
    }

    /** The responsible council, with the child's social worker and team to contact. */
    static Organization organisation(HealthFlags.Disclosed d, String council, String phone) {
        Organization o = new Organization();
        o.getMeta().addProfile(UK_CORE_ORGANIZATION);
        o.setName(council);
        o.addType(new CodeableConcept(new Coding("http://terminology.hl7.org/CodeSystem/organization-type", "govt",
                "Government")));
        if (phone != null && !phone.isBlank()) {
            o.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(phone);
        }
        if (d.contact().worker() != null || d.contact().team() != null) {
            Organization.OrganizationContactComponent c = o.addContact();
            c.setPurpose(new CodeableConcept(new Coding(CONTACT_PURPOSE, "ADMIN", "Administrative")));
            List<String> words = new ArrayList<>();
            if (d.contact().worker() != null) {
                words.add(d.contact().worker() + ", social worker");
            }
            if (d.contact().team() != null) {
                words.add(d.contact().team() + " team");
            }
            c.setName(new HumanName().setText(String.join(", ", words)));
        }
        return o;
    }

    static Identifier nhs(String digits) {
        return new Identifier().setSystem(LookupRequest.NHS_SYSTEM).setValue(digits);
    }

    private static String name(String forename, String surname) {
        return ((forename == null ? "" : forename) + " " + (surname == null ? "" : surname)).trim();
    }

    static boolean unborn(HealthFlag f) {
        return f.kind() == FlagKind.UCPP;
    }
}
