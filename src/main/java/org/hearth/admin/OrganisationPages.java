package org.hearth.admin;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.access.Actor;
import org.hearth.access.CurrentActor;
import org.hearth.platform.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's pages for partner organisations: the list (filtered by type), registering and changing one,
 * closing one (seeing first which sharing decisions end), and its users (add, disable, enable, a new password).
 * Everyone but the council's administrators is refused by the seam with a page saying who manages them.
 */
@Controller
class OrganisationPages {
    private static final String BASE = "/admin/organisations";
    private final OrganisationAdmin admin;
    private final CurrentActor currentActor;

    OrganisationPages(OrganisationAdmin admin, CurrentActor currentActor) {
        this.admin = admin;
        this.currentActor = currentActor;
    }

    @GetMapping(BASE)
    String list(@RequestParam(required = false) String type, @RequestParam(required = false) String done, Model model) {
        Actor actor = currentActor.get();
        Map<String, OrganisationType> types = admin.types();
        String filter = type != null && types.containsKey(type) ? type : null;
        model.addAttribute("organisations", admin.list(actor, filter));
        model.addAttribute("types", labels(types));
        model.addAttribute("type", filter);
        model.addAttribute("done", doneText(done));
        return "admin/organisations";
    }

    @GetMapping(BASE + "/new")
    String newForm(Model model) {
        admin.types(currentActor.get());
        return form(null, new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping(BASE + "/new")
    String register(@RequestParam Map<String, String> form, Model model) {
        Map<String, String> fields = new HashMap<>(form);
        try {
            Organisation o = admin.register(currentActor.get(), new RegisterOrganisation(details(fields)));
            return "redirect:" + BASE + "/" + o.id() + "?done=registered";
        } catch (AdminRefused refused) {
            return form(null, fields, errors(refused), model);
        }
    }

    @GetMapping(BASE + "/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String done, Model model) {
        Actor actor = currentActor.get();
        Organisation o = admin.get(actor, id);
        if (!model.containsAttribute("errors")) {
            new FormErrors().addTo(model, new HashMap<>());
        }
        model.addAttribute("org", o);
        model.addAttribute("users", admin.users(actor, id));
        model.addAttribute("issuers", admin.issuers(o.id()));
        model.addAttribute("councilIssuer", admin.councilIssuer());
        model.addAttribute("done", doneText(done));
        return "admin/organisation";
    }

    @GetMapping(BASE + "/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        Organisation o = admin.get(currentActor.get(), id);
        Map<String, String> fields = fields(o.details());
        fields.put("version", Integer.toString(o.version()));
        return form(o, fields, new FormErrors(), model);
    }

    @PostMapping(BASE + "/{id}/edit")
    String update(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        Actor actor = currentActor.get();
        Map<String, String> fields = new HashMap<>(form);
        try {
            admin.update(actor, id, new UpdateOrganisation(details(fields), version(fields.get("version"))));
            return "redirect:" + BASE + "/" + id + "?done=changed";
        } catch (AdminRefused refused) {
            Organisation o = admin.get(actor, id);
            if (refused.refusals().stream().anyMatch(r -> AdminRefusal.VERSION.equals(r.field()))) {
                fields.put("version", Integer.toString(o.version())); // seen now: saving again is a choice
            }
            return form(o, fields, errors(refused), model);
        }
    }

    @GetMapping(BASE + "/{id}/close")
    String closeForm(@PathVariable String id, Model model) {
        return closePage(id, new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping(BASE + "/{id}/close")
    String close(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> fields = new HashMap<>(form);
        try {
            int ended = admin.close(currentActor.get(), id, new CloseOrganisation(fields.get("reason"),
                    version(fields.get("version"))));
            return "redirect:" + BASE + "/" + id + "?done=closed-" + ended;
        } catch (AdminRefused refused) {
            fields.remove("version");
            return closePage(id, fields, errors(refused), model);
        }
    }

    private String closePage(String id, Map<String, String> fields, FormErrors errors, Model model) {
        OrganisationAdmin.Closing closing = admin.closing(currentActor.get(), id);
        model.addAttribute("org", closing.organisation());
        model.addAttribute("decisions", closing.decisions());
        fields.putIfAbsent("version", Integer.toString(closing.organisation().version()));
        errors.addTo(model, fields);
        return "admin/close";
    }

    @GetMapping(BASE + "/{id}/users")
    String users(@PathVariable String id) {
        return "redirect:" + BASE + "/" + id + "#users";
    }

    @GetMapping(BASE + "/{id}/users/new")
    String userForm(@PathVariable String id, Model model) {
        Map<String, String> fields = new HashMap<>();
        fields.put("role", AddPartnerUser.PARTNER);
        fields.put("signIn", "password");
        return userPage(id, fields, new FormErrors(), model);
    }

    @PostMapping(BASE + "/{id}/users/new")
    String addUser(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        Map<String, String> fields = new HashMap<>(form);
        try {
            PartnerUser u = admin.addUser(currentActor.get(), id, new AddPartnerUser(fields.get("username"),
                    fields.get("displayName"), fields.get("email"), fields.get("role"), fields.get("password"),
                    "oidc".equals(fields.get("signIn"))));
            return "redirect:" + BASE + "/" + id + "?done=added-" + u.username() + "#users";
        } catch (AdminRefused refused) {
            fields.remove("password"); // never sent back to the page
            FormErrors errors = new FormErrors();
            refused.refusals().forEach(r -> errors.add("oidcOnly".equals(r.field()) ? "signIn" : r.field(),
                    r.message(), null));
            return userPage(id, fields, errors, model);
        }
    }

    private String userPage(String id, Map<String, String> fields, FormErrors errors, Model model) {
        Organisation o = admin.get(currentActor.get(), id);
        model.addAttribute("org", o);
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put(AddPartnerUser.PARTNER, "Partner practitioner: sees the children the council shares with "
                + o.name() + ", and only the parts shared");
        if (o.health()) {
            roles.put(AddPartnerUser.HEALTH_PARTNER, "Health partner: looks up by NHS number whether a child is on a "
                    + "child protection plan or looked after (the health flag service)");
        }
        model.addAttribute("roles", roles);
        Map<String, String> signIn = new LinkedHashMap<>();
        signIn.put("password", "With a password: give them an initial password now");
        signIn.put("oidc", "Only through their organisation's identity provider (no password in Hearth)");
        model.addAttribute("signIns", signIn);
        errors.addTo(model, fields);
        return "admin/user-form";
    }

    @PostMapping(BASE + "/{id}/users/{username}/disable")
    String disable(@PathVariable String id, @PathVariable String username, @RequestParam Map<String, String> form,
                   Model model) {
        try {
            admin.disable(currentActor.get(), id, username, new DisablePartnerUser(version(form.get("version"))));
            return "redirect:" + BASE + "/" + id + "?done=disabled-" + username + "#users";
        } catch (AdminRefused refused) {
            return shown(id, refused, model);
        }
    }

    @PostMapping(BASE + "/{id}/users/{username}/enable")
    String enable(@PathVariable String id, @PathVariable String username, @RequestParam Map<String, String> form,
                  Model model) {
        try {
            admin.enable(currentActor.get(), id, username, new EnablePartnerUser(version(form.get("version"))));
            return "redirect:" + BASE + "/" + id + "?done=enabled-" + username + "#users";
        } catch (AdminRefused refused) {
            return shown(id, refused, model);
        }
    }

    @GetMapping(BASE + "/{id}/users/{username}/password")
    String passwordForm(@PathVariable String id, @PathVariable String username, Model model) {
        return passwordPage(id, username, new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping(BASE + "/{id}/users/{username}/password")
    String password(@PathVariable String id, @PathVariable String username, @RequestParam Map<String, String> form,
                    Model model) {
        Map<String, String> fields = new HashMap<>(form);
        try {
            admin.resetPassword(currentActor.get(), id, username, new ResetPartnerPassword(fields.get("password"),
                    version(fields.get("version"))));
            return "redirect:" + BASE + "/" + id + "?done=password-" + username + "#users";
        } catch (AdminRefused refused) {
            fields.remove("password");
            fields.remove("version");
            return passwordPage(id, username, fields, errors(refused), model);
        }
    }

    private String passwordPage(String id, String username, Map<String, String> fields, FormErrors errors, Model model) {
        Actor actor = currentActor.get();
        Organisation o = admin.get(actor, id);
        PartnerUser u = admin.users(actor, id).stream().filter(x -> x.username().equals(username)).findFirst()
                .orElseThrow(() -> org.hearth.platform.web.HearthProblem.notFound("The user " + username + " of "
                        + o.name()));
        model.addAttribute("org", o);
        model.addAttribute("user", u);
        // The title is made here: in the layout's title, Thymeleaf's restricted expressions refuse any that contain
        // the word "new" followed by a space (object instantiation), so 'New password for ' there was a 500
        model.addAttribute("passwordTitle", "New password for " + u.displayName());
        fields.putIfAbsent("version", Integer.toString(u.version()));
        errors.addTo(model, fields);
        return "admin/password";
    }

    /** The organisation's page again, with the refusal at the top (the list was changed meanwhile, or already so). */
    private String shown(String id, AdminRefused refused, Model model) {
        FormErrors errors = new FormErrors();
        refused.refusals().forEach(r -> errors.add(null, r.message(), null));
        errors.addTo(model, new HashMap<>());
        return show(id, null, model);
    }

    private String form(Organisation o, Map<String, String> fields, FormErrors errors, Model model) {
        model.addAttribute("org", o);
        model.addAttribute("types", labels(admin.types()));
        errors.addTo(model, fields);
        return "admin/organisation-form";
    }

    private static FormErrors errors(AdminRefused refused) {
        FormErrors errors = new FormErrors();
        refused.refusals().forEach(r -> errors.add(AdminRefusal.VERSION.equals(r.field()) ? null : r.field(),
                r.message(), null));
        return errors;
    }

    private static Map<String, String> labels(Map<String, OrganisationType> types) {
        Map<String, String> out = new LinkedHashMap<>();
        types.values().forEach(t -> out.put(t.code(), t.label()));
        return out;
    }

    private static OrganisationDetails details(Map<String, String> f) {
        return new OrganisationDetails(f.get("name"), f.get("type"), f.get("urn"), f.get("odsCode"),
                f.get("policeForceCode"), f.get("address"), f.get("email"), f.get("phone"));
    }

    private static Map<String, String> fields(OrganisationDetails d) {
        Map<String, String> f = new HashMap<>();
        f.put("name", d.name());
        f.put("type", d.type());
        f.put("urn", d.urn());
        f.put("odsCode", d.odsCode());
        f.put("policeForceCode", d.policeForceCode());
        f.put("address", d.address());
        f.put("email", d.email());
        f.put("phone", d.phone());
        return f;
    }

    /** The success banner's words after a change (null for none or an address Hearth did not make). */
    static String doneText(String done) {
        if (done == null || !done.matches("[a-z]+(-[a-z0-9._@\\-]{1,64})?")) {
            return null;
        }
        int dash = done.indexOf('-');
        String what = dash < 0 ? done : done.substring(0, dash);
        String who = dash < 0 ? "" : done.substring(dash + 1);
        return switch (what) {
            case "registered" -> "Organisation registered";
            case "changed" -> "Details saved";
            case "closed" -> "Organisation closed: its users cannot sign in. " + ("1".equals(who)
                    ? "1 sharing decision ended" : who + " sharing decisions ended");
            case "added" -> who + " added: they can sign in now";
            case "disabled" -> who + " disabled: they cannot sign in, and their sessions have ended";
            case "enabled" -> who + " can sign in again";
            case "password" -> "New password set for " + who + ": their sessions have ended. Tell them it safely";
            default -> null;
        };
    }

    private static Integer version(String v) {
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return -1; // not a version Hearth gave: refused as stale
        }
    }
}
