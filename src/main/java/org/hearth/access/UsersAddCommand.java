package org.hearth.access;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * {@code ./hearth users add --username U --name "N" --role ROLE [--team T] [--team-name "N"]}: adds a local account.
 * The password is read from HEARTH_NEW_PASSWORD or standard input, never from the command line (which other users
 * of the machine can see). Outside demo mode this is how the first administrator is made; there are no defaults.
 */
@Component
class UsersAddCommand implements HearthCommand {
    private final UserDirectory users;
    private final PasswordEncoder encoder;

    UsersAddCommand(UserDirectory users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    @Override
    public String name() {
        return "users";
    }

    @Override
    public int run(Options options) {
        String username = options.get("username").orElse(null);
        String role = options.get("role").orElse(null);
        if (username == null || role == null) {
            System.err.println("hearth users: give --username and --role (" + java.util.Arrays.toString(Role.values()) + ")");
            return 2;
        }
        Role r;
        try {
            r = Role.valueOf(role.toUpperCase());
        } catch (IllegalArgumentException e) {
            System.err.println("hearth users: '" + role + "' is not a role; roles are " + java.util.Arrays.toString(Role.values()));
            return 2;
        }
        String password = System.getenv("HEARTH_NEW_PASSWORD");
        if (password == null) {
            try {
                System.err.print("Password for " + username + ": ");
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (java.io.IOException e) {
                password = null;
            }
        }
        if (password == null || password.length() < 12) {
            System.err.println("hearth users: the password must have at least 12 characters");
            return 2;
        }
        String team = options.get("team").orElse(null);
        if (team != null) {
            users.addTeam(team, options.get("team-name", team));
        }
        users.addUser(username, options.get("name", username), r, team, encoder.encode(password));
        System.out.println("Added " + username + " (" + r + ")");
        return 0;
    }
}
