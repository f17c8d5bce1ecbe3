package org.hearth.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.access.Role;
import org.hearth.support.Api;
import org.hearth.support.HearthIntegrationTest;
import org.hearth.support.TestFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reallocation policy holds through the API too, not only on the web form. */
class ReallocationApiTest extends HearthIntegrationTest {
    @Autowired
    TestFixtures fixtures;

    @Test
    void shouldRefuseTheAllocatedWorkerAllocatingAnotherSocialWorkerButLetTheirTeamManagerTry() {
        String team = fixtures.team();
        String worker = fixtures.user(Role.SOCIAL_WORKER, team);
        String other = fixtures.user(Role.SOCIAL_WORKER, team);
        String manager = fixtures.user(Role.TEAM_MANAGER, team);
        UUID child = fixtures.child(LocalDate.of(2015, 6, 1), worker, LocalDate.now().minusMonths(3));
        Api api = new Api(port);
        String body = "{\"professionalId\":\"" + other + "\",\"professionalRoleId\":\"SW\",\"involvementStartDate\":\""
                + LocalDate.now() + "\"}";

        HttpResponse<String> refused = api.call("POST", "/api/children/" + child + "/allocations", worker, body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("Only the allocated worker's team manager can change a child's social worker");

        // The manager passes the policy; the journey rules then judge it (the current worker has not been ended)
        HttpResponse<String> judged = api.call("POST", "/api/children/" + child + "/allocations", manager, body);
        assertThat(judged.statusCode()).as(judged.body()).isEqualTo(422);
        assertThat(judged.body()).contains("end that allocation first");
    }
}
