package org.hearth.health.fhir;

import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.hearth.health.HealthFlag;
import org.hearth.health.HealthFlags;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** {@code GET /fhir/Flag?patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{NHS number}}: the active flags. */
@Component
class FlagProvider implements IResourceProvider {
    private final Lookups lookups;
    private final String council;
    private final String councilPhone;

    FlagProvider(Lookups lookups, @Value("${hearth.council-name}") String council,
                 @Value("${hearth.health-flags.council-phone:}") String councilPhone) {
        this.lookups = lookups;
        this.council = council;
        this.councilPhone = councilPhone;
    }

    @Override
    public Class<Flag> getResourceType() {
        return Flag.class;
    }

    @Search
    public List<IBaseResource> byPatientIdentifier(
            @RequiredParam(name = Flag.SP_PATIENT, chainWhitelist = {Patient.SP_IDENTIFIER}) ReferenceParam patient,
            HttpServletRequest request) {
        if (!Patient.SP_IDENTIFIER.equals(patient.getChain())) {
            throw new InvalidRequestException("Look flags up by the patient's NHS number: "
                    + "patient.identifier=https://fhir.nhs.uk/Id/nhs-number|{NHS number}");
        }
        String[] token = Lookups.token(patient.getValue());
        List<IBaseResource> out = new ArrayList<>();
        for (HealthFlags.Disclosed d : lookups.run(token[0], token[1], request)) {
            for (HealthFlag f : d.flags()) {
                out.add(FhirResources.flag(d, f, council, councilPhone));
            }
        }
        return out;
    }
}
