package org.hearth.platform.web;

import java.util.Map;
import java.util.UUID;
import org.hearth.access.AccessSeam;
import org.hearth.access.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Drafts of forms, saved as the user types (by hearth.js) and kept in PostgreSQL, so a timeout, a closed tab or a
 * crashed laptop never loses an assessment. A draft is the user's own, about one child and one form.
 */
@Controller
public class Drafts {
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final AccessSeam seam;
    private final CurrentActor currentActor;

    Drafts(JdbcTemplate jdbc, ObjectMapper json, AccessSeam seam, CurrentActor currentActor) {
        this.jdbc = jdbc;
        this.json = json;
        this.seam = seam;
        this.currentActor = currentActor;
    }

    @PostMapping("/children/{childId}/drafts/{form}")
    @ResponseBody
    ResponseEntity<Void> save(@PathVariable UUID childId, @PathVariable String form, @RequestBody Map<String, String> fields) {
        var actor = currentActor.get();
        seam.write(actor, childId, "draft:" + form, "draft", () -> {
            jdbc.update("INSERT INTO form_draft (username, person_id, form, fields, saved_at) VALUES (?, ?, ?, ?::jsonb, now()) "
                            + "ON CONFLICT (username, person_id, form) DO UPDATE SET fields = excluded.fields, saved_at = now()",
                    actor.username(), childId, form, json.writeValueAsString(fields));
            return null;
        });
        return ResponseEntity.noContent().build();
    }

    /** Keeps {@code fields} as the user's draft (a form page saving what was posted, as the browser does). */
    public void keep(String username, UUID childId, String form, Map<String, String> fields) {
        jdbc.update("INSERT INTO form_draft (username, person_id, form, fields, saved_at) VALUES (?, ?, ?, ?::jsonb, now()) "
                        + "ON CONFLICT (username, person_id, form) DO UPDATE SET fields = excluded.fields, saved_at = now()",
                username, childId, form, json.writeValueAsString(fields));
    }

    public Map<String, String> load(String username, UUID childId, String form) {
        return jdbc.query("SELECT fields::text FROM form_draft WHERE username = ? AND person_id = ? AND form = ?",
                        (rs, n) -> json.readValue(rs.getString(1), new TypeReference<Map<String, String>>() {}),
                        username, childId, form)
                .stream().findFirst().orElse(Map.of());
    }

    public void discard(String username, UUID childId, String form) {
        jdbc.update("DELETE FROM form_draft WHERE username = ? AND person_id = ? AND form = ?", username, childId, form);
    }
}
