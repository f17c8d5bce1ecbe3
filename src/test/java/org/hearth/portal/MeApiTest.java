package org.hearth.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.care.CarePeriod;
import org.hearth.care.LegalStatus;
import org.hearth.care.Placement;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The child's own space over HTTP against real PostgreSQL: the child reads and writes their own things through the
 * same commands as the pages (audited, the harm flag following from the event), and the attacks — another child's
 * record, their own record's other people and the referral's source, a worker in the child's space, a stale or missing
 * If-Match, a null body, a 20 MB field — are refused in words with nothing saved.
 */
class MeApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    String worker;
    String childUser;
    UUID child;
    UUID otherChild;
    Api api;

    @BeforeEach
    void setUp() {
        String team = fixtures.team();
        worker = fixtures.user(Role.SOCIAL_WORKER, team);
        LocalDate start = LocalDate.now().minusMonths(5);
        child = fixtures.child(LocalDate.now().minusYears(12), worker, start);
        fixtures.history(child, new CarePeriod(null, child, start, null, null, "N1"),
                new LegalStatus(null, child, "C2", start, null),
                new Placement(null, child, start, null, "U4", "PR1", "LS1 4AP", null, null, null));
        otherChild = fixtures.child(LocalDate.now().minusYears(10), fixtures.user(Role.SOCIAL_WORKER, team), start);
        childUser = fixtures.user(Role.CHILD, null);
        jdbc.update("INSERT INTO portal_account (username, child_id, invited_by, verified_at) VALUES (?, ?, ?, now())",
                childUser, child, worker);
        jdbc.update("INSERT INTO role_assignment (assignment_id, holder_kind, holder_id, role, scope_kind, scope_id, "
                + "grant_type, valid_from, reason) VALUES (?, 'USER', ?, 'SELF', 'CHILD', ?, 'STANDARD', now() - "
                + "interval '1 minute', 'test')", UUID.randomUUID(), childUser, child.toString());
        api = new Api(port);
    }

    HttpResponse<String> call(String method, String path, String body) {
        return api.call(method, "/api/me" + path, childUser, body);
    }

    HttpResponse<String> call(String method, String path, String body, String ifMatch) {
        return api.call(method, "/api/me" + path, childUser, body, ifMatch);
    }

    static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow();
    }

    int said() {
        return jdbc.queryForObject("SELECT count(*) FROM child_says WHERE person_id = ?", Integer.class, child);
    }

    @Test
    void shouldLetTheChildReadAndWriteTheirOwnThingsThroughTheirCommands() {
        assertThat(call("GET", "", null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/say", null).body()).contains("\"code\":\"care-review\"", "\"key\":\"feelHome\"",
                "PN1", "Very happy");
        HttpResponse<String> views = call("POST", "/say/care-review",
                "{\"faces\":{\"feelHome\":4},\"words\":\"I like my room\",\"participation\":\"PN1\"}");
        assertThat(views.statusCode()).as(views.body()).isEqualTo(201);
        assertThat(views.body()).contains("\"kind\":\"my-views\"");
        assertThat(call("POST", "/messages", "{\"kind\":\"good-news\",\"words\":\"I scored a goal\"}").statusCode())
                .isEqualTo(201);
        assertThat(call("GET", "/said", null).body()).contains("I like my room",
                "How do you feel about where you live? Happy", "I scored a goal", "\"read\":false");
        // audited through the seam as the child's own write, with its purpose
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND person_id = ? AND part = "
                + "'my-views' AND purpose = 'the child said what they think' AND outcome = 'ALLOWED'", Integer.class,
                childUser, child)).isGreaterThanOrEqualTo(2);

        assertThat(call("PUT", "/ambitions", "{\"oneYear\":\"Be in the team\"}").statusCode()).isEqualTo(201);
        HttpResponse<String> hopes = call("GET", "/ambitions", null);
        assertThat(hopes.body()).contains("Be in the team");
        HttpResponse<String> changed = call("PUT", "/ambitions", "{\"oneYear\":\"Captain\",\"fiveYears\":\"College\"}",
                etag(hopes));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(call("GET", "/plan", null).body()).contains("Captain", "College", "My social worker");

        assertThat(call("POST", "/people", "{\"kind\":\"PET\",\"name\":\"Biscuit\",\"who\":\"my dog\"}").statusCode())
                .isEqualTo(201);
        HttpResponse<String> people = call("GET", "/people", null);
        String id = people.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> keep = call("POST", "/people/" + id + "/keep-in-touch", null, etag(people));
        assertThat(keep.statusCode()).as(keep.body()).isEqualTo(200);
        assertThat(call("GET", "/people", null).body()).contains("Biscuit", "\"keepSeeing\":true");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM child_person WHERE person_id = ? AND keep_seeing AND "
                + "keep_seeing_since IS NOT NULL", Integer.class, child)).isEqualTo(1);

        assertThat(call("POST", "/advocacy", null).statusCode()).isEqualTo(201);
        HttpResponse<String> again = call("POST", "/advocacy", null);
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("already asked");
        assertThat(call("GET", "/advocacy", null).body()).contains("Yes, I would like an advocate");
    }

    @Test
    void shouldFlagWordsThatMaySuggestHarmFromTheEventNotFromTheCommand() {
        assertThat(call("POST", "/messages", "{\"kind\":\"tell\",\"words\":\"He hits me when I am late\"}")
                .statusCode()).isEqualTo(201);
        assertThat(call("POST", "/messages", "{\"kind\":\"tell\",\"words\":\"I had a nice day\"}").statusCode())
                .isEqualTo(201);
        assertThat(jdbc.queryForList("SELECT s.words FROM child_says s JOIN child_space_mark m ON m.record_id = "
                + "s.says_id AND m.mark = 'FLAGGED' WHERE s.person_id = ?", String.class, child))
                .containsExactly("He hits me when I am late");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = 'hearth' AND part = 'my-views' "
                + "AND purpose LIKE 'the child said something that may suggest harm%'", Integer.class))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldRefuseAnotherChildsRecordTheirOwnRecordsOtherPeopleAndAWorkerInTheirSpace() {
        for (String path : new String[] {"/api/children/" + otherChild, "/api/children/" + otherChild + "/family",
                "/api/children/" + child, "/api/children/" + child + "/family",
                "/api/children/" + child + "/chronology"}) {
            HttpResponse<String> r = api.get(path, childUser);
            assertThat(r.statusCode()).as(path).isIn(403, 404);
            assertThat(r.body()).as(path).doesNotContain("\"forename\"", "referrer", "source");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE actor = ? AND outcome = 'DENIED'",
                Integer.class, childUser)).isGreaterThanOrEqualTo(3);
        HttpResponse<String> asWorker = api.get("/api/me/plan", worker);
        assertThat(asWorker.statusCode()).isEqualTo(403);
        assertThat(asWorker.body()).contains("This is the space for children and young people to use themselves");
        // someone who is not on their own list (an id made up, or another child's)
        HttpResponse<String> notMine = call("PUT", "/people/" + UUID.randomUUID(),
                "{\"kind\":\"PERSON\",\"name\":\"Zed\"}", etag(call("GET", "/people", null)));
        assertThat(notMine.statusCode()).isEqualTo(422);
        assertThat(notMine.body()).contains("\"pointer\":\"/id\"", "not on your list");
        // the child's space of a paused account is closed
        jdbc.update("UPDATE role_assignment SET valid_to = now() WHERE holder_id = ? AND role = 'SELF'", childUser);
        HttpResponse<String> paused = call("POST", "/messages", "{\"kind\":\"tell\",\"words\":\"hello\"}");
        assertThat(paused.statusCode()).as("a paused account no longer signs in").isIn(401, 403);
        assertThat(said()).isZero();
    }

    @Test
    void shouldRefuseAStaleOrMissingVersionWhenChangingWhatIsWritten() {
        assertThat(call("PUT", "/ambitions", "{\"oneYear\":\"Swim\"}").statusCode()).isEqualTo(201);
        String read = etag(call("GET", "/ambitions", null));
        assertThat(call("PUT", "/ambitions", "{\"oneYear\":\"Swim far\"}", read).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = call("PUT", "/ambitions", "{\"oneYear\":\"Swim further\"}", read);
        assertThat(stale.statusCode()).isIn(409, 412);
        // in the child's own words: no one's name, no part of the record, no version numbers
        assertThat(stale.body()).contains("Something changed since you opened this")
                .contains("check them and send again").doesNotContain(childUser).doesNotContain("version")
                .doesNotContain("changed the");
        HttpResponse<String> none = call("PUT", "/ambitions", "{\"oneYear\":\"Swim further\"}");
        assertThat(none.statusCode()).isEqualTo(428);
        assertThat(call("GET", "/ambitions", null).body()).contains("Swim far").doesNotContain("Swim further");
        HttpResponse<String> badTag = call("PUT", "/ambitions", "{\"oneYear\":\"x\"}", "\"yesterday\"");
        assertThat(badTag.statusCode()).isEqualTo(400);
    }

    @Test
    void shouldRefuseANullBodyAHugeFieldAndBadAnswersWithNothingSaved() {
        assertThat(call("POST", "/messages", null).statusCode()).isEqualTo(400);
        HttpResponse<String> nothing = call("POST", "/messages", "null");
        assertThat(nothing.statusCode()).isIn(400, 422);
        HttpResponse<String> huge = call("POST", "/messages", "{\"kind\":\"tell\",\"words\":\""
                + "x".repeat(20 * 1024 * 1024) + "\"}");
        assertThat(huge.statusCode()).isBetween(400, 499);
        assertThat(huge.body()).doesNotContain("Exception", "at org.");
        HttpResponse<String> long2001 = call("POST", "/messages", "{\"kind\":\"tell\",\"words\":\"" + "x".repeat(2_001)
                + "\"}");
        assertThat(long2001.statusCode()).isEqualTo(422);
        assertThat(long2001.body()).contains("\"pointer\":\"/words\"", "2,000 letters or fewer",
                "\"title\":\"" + MeApi.NOT_SENT + "\"").doesNotContain("the record's rules");
        HttpResponse<String> face = call("POST", "/say/visit", "{\"faces\":{\"feelHome\":9}}");
        assertThat(face.statusCode()).isEqualTo(422);
        assertThat(face.body()).contains("\"pointer\":\"/faces/feelHome\"", "Choose one of the faces");
        HttpResponse<String> noPart = call("POST", "/say/care-review", "{\"words\":\"ok\"}");
        assertThat(noPart.statusCode()).isEqualTo(422);
        assertThat(noPart.body()).contains("\"pointer\":\"/participation\"");
        assertThat(call("POST", "/say/party", "{\"words\":\"ok\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> noName = call("POST", "/people", "{\"kind\":\"DRAGON\"}");
        assertThat(noName.statusCode()).isEqualTo(422);
        assertThat(noName.body()).contains("\"pointer\":\"/kind\"", "\"pointer\":\"/name\"");
        assertThat(said()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM child_person WHERE person_id = ?", Integer.class, child))
                .isZero();
    }
}
