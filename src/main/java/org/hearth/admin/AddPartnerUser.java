package org.hearth.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Adds a user to an open partner organisation: a username no account has (lower case), their name, an email, a role
 * the organisation's type allows (a practitioner of any organisation; a health partner, who looks up children's flags,
 * only of a health organisation), and either an initial password or sign-in only through an identity provider (which
 * must then be configured for the organisation or the council).
 */
public record AddPartnerUser(String username, String displayName, String email, String role, String password,
                             boolean oidcOnly) {
    public static final String PARTNER = "PARTNER";
    public static final String HEALTH_PARTNER = "HEALTH_PARTNER";
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@\\-]{2,63}");
    static final int MAX_NAME = 200;
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 64;

    public AddPartnerUser {
        username = username == null ? null : username.strip().toLowerCase(Locale.UK);
        displayName = OrganisationDetails.words(displayName);
        email = OrganisationDetails.text(email);
        role = OrganisationDetails.code(role);
    }

    /**
     * @param usernameTaken  whether an account (of any kind, enabled or not) already has the username
     * @param oidcAvailable  whether an identity provider that can sign this user in is configured
     */
    public List<AdminRefusal> decide(Organisation org, boolean usernameTaken, boolean oidcAvailable) {
        if (org.closed()) {
            return List.of(new AdminRefusal(null, org.name() + " is closed: its users cannot sign in, so none is added"));
        }
        List<AdminRefusal> out = new ArrayList<>();
        if (username == null || username.isEmpty()) {
            out.add(new AdminRefusal("username", "Enter a username"));
        } else if (!USERNAME.matcher(username).matches()) {
            out.add(new AdminRefusal("username", "A username is 3 to 64 letters, numbers, dots, dashes or @, "
                    + "starting with a letter or number"));
        } else if (usernameTaken) {
            out.add(new AdminRefusal("username", "There is already a Hearth account called " + username
                    + ": choose another username"));
        }
        if (displayName == null) {
            out.add(new AdminRefusal("displayName", "Enter the user's full name"));
        } else if (displayName.length() > MAX_NAME || !OrganisationDetails.printable(displayName)) {
            out.add(new AdminRefusal("displayName", "Enter the name in " + MAX_NAME + " characters or fewer"));
        }
        if (email == null) {
            out.add(new AdminRefusal("email", "Enter the user's email address"));
        } else if (email.length() > OrganisationDetails.MAX_EMAIL || !OrganisationDetails.EMAIL.matcher(email).matches()) {
            out.add(new AdminRefusal("email", "Enter an email address in the right form, like name@example.org"));
        }
        if (role == null) {
            out.add(new AdminRefusal("role", "Choose the user's role"));
        } else if (HEALTH_PARTNER.equals(role) && !org.health()) {
            out.add(new AdminRefusal("role", "Only a health organisation's users look up children's health flags: "
                    + "choose partner practitioner"));
        } else if (!PARTNER.equals(role) && !HEALTH_PARTNER.equals(role)) {
            out.add(new AdminRefusal("role", "Choose the user's role from the list"));
        }
        if (oidcOnly) {
            if (password != null && !password.isEmpty()) {
                out.add(new AdminRefusal("password", "Leave the password empty for a user who signs in only through "
                        + "their organisation's identity provider"));
            } else if (!oidcAvailable) {
                out.add(new AdminRefusal("oidcOnly", "Neither " + org.name() + " nor the council has an identity "
                        + "provider set up in Hearth, so this user could never sign in: give them an initial password"));
            }
        } else {
            String problem = passwordProblem(password);
            if (problem != null) {
                out.add(new AdminRefusal("password", problem));
            }
        }
        return out;
    }

    /** A password's problem, or null: 12 to 64 characters (BCrypt reads at most 72 bytes), not only spaces. */
    static String passwordProblem(String password) {
        if (password == null || password.isEmpty()) {
            return "Enter an initial password of at least " + MIN_PASSWORD + " characters";
        }
        if (password.length() < MIN_PASSWORD || password.isBlank()) {
            return "The password must have at least " + MIN_PASSWORD + " characters";
        }
        if (password.length() > MAX_PASSWORD || password.getBytes(StandardCharsets.UTF_8).length > 72) {
            return "The password must have at most " + MAX_PASSWORD + " characters";
        }
        if (!OrganisationDetails.printable(password)) {
            return "The password must be made of letters, numbers, spaces and punctuation";
        }
        return null;
    }
}
