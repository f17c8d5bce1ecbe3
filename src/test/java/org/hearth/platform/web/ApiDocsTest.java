package org.hearth.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ApiDocsTest extends HearthIntegrationTest {
    private JsonNode docs() {
        String body = new Api(port).get("/v3/api-docs", null).body();
        return new ObjectMapper().readTree(body);
    }

    @Test
    void shouldNameHearthAndHowToSignIn() {
        JsonNode docs = docs();
        assertThat(docs.at("/info/title").asString()).isEqualTo("Hearth API");
        assertThat(docs.at("/components/securitySchemes/basic/scheme").asString()).isEqualTo("basic");
        assertThat(docs.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void shouldDocumentOnlyThePublicApiNotTheWebAppsPages() {
        List<String> paths = new ArrayList<>();
        docs().get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("/api/"));
    }

    @Test
    void shouldShowEveryRecordKindAsItsOwnSchemaAndNoJacksonInternals() {
        JsonNode docs = docs();
        List<String> schemas = new ArrayList<>();
        docs.at("/components/schemas").propertyNames().forEach(schemas::add);
        assertThat(schemas).contains("ChildRecord", "Child", "Referral", "Assessment", "CpPlan", "CpReview",
                "CarePeriod", "Placement", "LegalStatus", "CareReview", "Visit", "Allocation", "CareLeaverContact",
                "PersonWhoMatters", "Problem");
        assertThat(docs.toString()).doesNotContain("JsonNode").doesNotContain("ObjectNode");
    }

    @Test
    void shouldDocumentTheProblemAnswersOfEveryCallAndOfEveryChange() {
        JsonNode paths = docs().get("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode responses = op.getValue().get("responses");
                assertThat(responses.has("401") && responses.has("403") && responses.has("404"))
                        .as(op.getKey() + " " + path.getKey()).isTrue();
                if (!op.getKey().equals("get")) {
                    assertThat(responses.has("409") && responses.has("422") && responses.has("428"))
                            .as(op.getKey() + " " + path.getKey()).isTrue();
                }
            }
        }
        JsonNode cease = paths.at("/~1api~1children~1{childId}~1care~1end/post/responses");
        assertThat(cease.has("201")).isTrue();
    }
}
