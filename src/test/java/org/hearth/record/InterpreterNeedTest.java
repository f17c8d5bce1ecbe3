package org.hearth.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.hearth.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The interpreter need is a field of the child's own (issue 13 §6): changed through the child's details with the
 * version read, returned with the record, kept by the database, and shown in the identity bar beside the first language.
 */
class InterpreterNeedTest extends HearthIntegrationTest {
    @Autowired TestFixtures fixtures;

    @Test
    void shouldRecordTheInterpreterNeedAsTheChildsOwnFieldAndShowItInTheIdentityBar() {
        String worker = fixtures.user(Role.SOCIAL_WORKER, fixtures.team());
        UUID child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(6));
        Api api = new Api(port);
        HttpResponse<String> before = api.get("/api/children/" + child, worker);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> put = api.call("PUT", "/api/children/" + child, worker, "{\"forename\":\"Test\","
                + "\"surname\":\"Child\",\"sex\":\"F\",\"dateOfBirth\":\"2015-06-01\",\"firstLanguage\":\"Tigrinya\","
                + "\"interpreterNeeded\":true}", etag);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(api.get("/api/children/" + child, worker).body()).contains("\"interpreterNeeded\":true",
                "\"firstLanguage\":\"Tigrinya\"");
        String page = WebSession.signIn(port, worker).get("/children/" + child).body();
        assertThat(page).containsPattern("<dt>First language</dt><dd>Tigrinya</dd>")
                .containsPattern("<dt>Interpreter</dt><dd>Needed</dd>");
    }
}
