package org.hearth.access;

import java.util.Map;
import org.hearth.cli.HearthCommand;
import org.hearth.cli.Options;
import org.springframework.stereotype.Component;

/**
 * {@code ./hearth users contact --username U [--phone "01632 960 123"] [--email name@council.gov.uk]}: sets the work
 * phone and email a carer sees for a worker (an empty value clears it).
 */
@Component
class UsersContactCommand implements HearthCommand {
    private final UserDirectory users;

    UsersContactCommand(UserDirectory users) {
        this.users = users;
    }

    @Override
    public String name() {
        return "users contact";
    }

    @Override
    public int run(Options options) {
        String username = options.get("username").orElse(null);
        if (username == null || !options.has("phone") && !options.has("email")) {
            System.err.println("hearth users contact: give --username and --phone and/or --email");
            return 2;
        }
        if (users.find(username).isEmpty()) {
            System.err.println("hearth users contact: there is no account " + username);
            return 1;
        }
        Map<String, String> problems = WorkContact.problems(options.get("phone").orElse(null),
                options.get("email").orElse(null));
        if (!problems.isEmpty()) {
            problems.values().forEach(p -> System.err.println("hearth users contact: " + p));
            return 2;
        }
        users.setWorkContact(username, options.has("phone") ? WorkContact.clean(options.get("phone").orElse(null))
                : users.workContact(username).phone(), options.has("email")
                ? WorkContact.clean(options.get("email").orElse(null)) : users.workContact(username).email());
        WorkContact now = users.workContact(username);
        System.out.println("Work contact of " + username + ": phone " + (now.phone() == null ? "none" : now.phone())
                + ", email " + (now.email() == null ? "none" : now.email()));
        return 0;
    }
}
