package org.hearth.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code ./hearth returns validate --return cin|903 …}: hands the rest of the arguments to that return's validator. */
final class ReturnsValidate {
    private ReturnsValidate() {}

    static int run(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int at = rest.indexOf("--return");
        if (at < 0 || at + 1 >= rest.size()) {
            System.err.println("hearth returns validate: say which return with --return cin or --return 903");
            return 2;
        }
        String which = rest.remove(at + 1);
        rest.remove(at);
        return switch (which.toLowerCase()) {
            case "cin" -> org.hearth.returns.cin.ValidateCommand.run(rest.toArray(String[]::new));
            case "903", "ssda903" -> org.hearth.returns.ssda903.ValidateCommand.run(rest.toArray(String[]::new));
            default -> {
                System.err.println("hearth returns validate: '" + which + "' is not a return Hearth validates yet; use cin or 903");
                yield 2;
            }
        };
    }
}
