package org.hearth.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: Hearth's public API only (the web app's pages and their form posts
 * are not in it), how to sign in, and the problem answers every call can give, so a partner's developer can write
 * a client from it alone.
 */
@Configuration
class ApiDocs {
    static final String PROBLEM = "Problem";

    /** The answers every call may give besides its success, in the user's terms (RFC 9457 problem details). */
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "The request could not be read: a malformed date, an unknown field, a missing body",
            "401", "Not signed in: send HTTP Basic credentials of a Hearth account or a bearer token from the "
                    + "council's identity provider",
            "403", "Signed in, but your access to this child's record does not allow this (every refusal is audited)",
            "404", "No such child or record (also the answer for one you may not know exists)",
            "413", "The request is larger than Hearth accepts");

    private static final Map<String, String> WRITE_PROBLEMS = Map.of(
            "409", "The record changed since you read it: the problem says who changed what; read it again",
            "422", "The change breaks a rule of the record; each error names the request field, Hearth's rule and "
                    + "the DfE rule code where a return has the same rule; nothing was saved",
            "428", "Changing a record needs the version you read, sent as If-Match");

    @Bean
    OpenAPI hearthOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Hearth API").version("1")
                        .description("Hearth, the open platform for children's social care in England: one record of "
                                + "each child's journey. Every change is a task of a stage of the journey (record a "
                                + "contact, end a child protection plan at a review, cease care…), checked against the "
                                + "record's rules; every read returns what your access allows and is audited with "
                                + "its purpose. The record's version travels as the ETag and comes back as If-Match.")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A local Hearth account (localhost and the embedded "
                                        + "default)"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description("An access token from the council's "
                                        + "OpenID Connect provider; its preferred_username names the Hearth account"))
                )
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** Adds the problem answers to every operation, and the write answers to every change. */
    @Bean
    OpenApiCustomizer problemAnswers() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            if (api.getPaths() == null) {
                return;
            }
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
                PROBLEMS.forEach((code, why) -> responses.putIfAbsent(code, problem(why)));
                if (method != PathItem.HttpMethod.GET) {
                    WRITE_PROBLEMS.forEach((code, why) -> responses.putIfAbsent(code, problem(why)));
                }
                ApiResponse ok = responses.get("200");
                if (method == PathItem.HttpMethod.POST && ok != null && ok.getContent() != null
                        && ok.getContent().toString().contains("/Result")) {
                    // A task answers 201 when it added records (Location: the child's record), 200 when it only
                    // changed records already there; both carry the new version as the ETag.
                    responses.putIfAbsent("201", new ApiResponse().description("Recorded: the task added records; "
                            + "the ETag is the record's new version").content(ok.getContent()));
                    ok.setDescription("Recorded: the task changed records already there; the ETag is the new version");
                }
                operation.setResponses(responses);
            }));
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(
                "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        ObjectSchema error = new ObjectSchema();
        error.addProperty("pointer", new StringSchema().description("JSON pointer to the request field at fault"));
        error.addProperty("rule", new StringSchema().description("Hearth's rule"));
        error.addProperty("dfeRule", new StringSchema().description("The DfE validation rule code, where a return has "
                + "the same rule"));
        error.addProperty("detail", new StringSchema().description("What is wrong, in the user's terms"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; never a stack trace");
        problem.addProperty("type", new StringSchema());
        problem.addProperty("title", new StringSchema());
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("errors", new ArraySchema().items(error));
        return problem;
    }
}
