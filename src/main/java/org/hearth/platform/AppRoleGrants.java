package org.hearth.platform;

import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration, as the schema's owner, gives the application's role exactly what the running application
 * needs and no more: read and write the record's tables, only read and append the audit (no UPDATE, DELETE or
 * TRUNCATE there), nothing on Flyway's history. The role owns no table of the record, so it cannot ALTER, TRUNCATE
 * or disable a trigger there; it may create tables only in the schema {@code ssd} (the SSD export's derived copy).
 * Run on every start, so tables added by later migrations are covered without a grant of their
 * own.
 */
public class AppRoleGrants implements Callback {
    /** Tables the application may read and append to, never change. */
    static final String[] APPEND_ONLY = {"audit_entry", "audit_seal", "audit_epoch", "health_flag_history",
            "health_lookup"};

    private final String role;

    public AppRoleGrants(String role) {
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("the application role must be a plain lower-case name: " + role);
        }
        this.role = role;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement s = context.getConnection().createStatement()) {
            s.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + role);
            s.execute("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM " + role);
            s.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            s.execute("GRANT USAGE ON SCHEMA public TO " + role);
            s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
            s.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO " + role);
            for (String table : APPEND_ONLY) {
                s.execute("DO $$ BEGIN IF to_regclass('public." + table + "') IS NOT NULL THEN "
                        + "REVOKE UPDATE, DELETE, TRUNCATE ON " + table + " FROM " + role + "; END IF; END $$");
            }
            s.execute("DO $$ BEGIN IF to_regclass('public.audit_epoch') IS NOT NULL THEN "
                    + "REVOKE INSERT ON audit_epoch FROM " + role + "; END IF; END $$");
            s.execute("REVOKE INSERT, UPDATE, DELETE ON flyway_schema_history FROM " + role);
            // The SSD export's derived tables (V20): the role creates and replaces them there, and only there.
            s.execute("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'ssd') THEN "
                    + "EXECUTE 'GRANT USAGE, CREATE ON SCHEMA ssd TO " + role + "'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the application role its privileges: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "hearth-app-role-grants";
    }
}
