package org.hearth.health.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.List;

/**
 * The FHIR R4 endpoint at /fhir: HAPI FHIR's plain RESTful server with the two read-only search providers of the health
 * flag service (Flag, Patient). HAPI answers /fhir/metadata with a CapabilityStatement built from the providers, and
 * renders every error as an OperationOutcome.
 */
public class FhirServer extends RestfulServer {
    private final transient List<ca.uhn.fhir.rest.server.IResourceProvider> providers;

    FhirServer(FhirContext context, FlagProvider flags, PatientProvider patients) {
        super(context);
        this.providers = List.of(flags, patients);
    }

    @Override
    protected void initialize() {
        setResourceProviders(providers);
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        setImplementationDescription("Hearth health flag service (CP-IS): child protection and looked-after flags");
        setServerName("Hearth");
    }
}
