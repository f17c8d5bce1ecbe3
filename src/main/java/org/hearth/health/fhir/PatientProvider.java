package org.hearth.health.fhir;

import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.health.HealthFlags;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

/**
 * {@code GET /fhir/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|{NHS number}}: the patient a flag is shown
 * on (the child, or the mother of an unborn child on a plan), only when there is an active flag; nothing otherwise.
 */
@Component
class PatientProvider implements IResourceProvider {
    private final Lookups lookups;

    PatientProvider(Lookups lookups) {
        this.lookups = lookups;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Search
    public List<IBaseResource> byIdentifier(@RequiredParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
                                            HttpServletRequest request) {
        Map<UUID, IBaseResource> patients = new LinkedHashMap<>();
        for (HealthFlags.Disclosed d : lookups.run(identifier.getSystem(), identifier.getValue(), request)) {
            patients.putIfAbsent(d.patient().personId(), FhirResources.patient(d));
        }
        return List.copyOf(patients.values());
    }
}
