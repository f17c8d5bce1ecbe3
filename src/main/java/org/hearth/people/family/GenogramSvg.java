package org.hearth.people.family;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Family} as a genogram in the standard notation: a square for a male, a circle for a female, a diamond
 * when not recorded; a cross through someone who has died; a triangle for a pregnancy (an unborn baby). The parents
 * are joined by a partnership line (solid when married or in a civil partnership, dashed when living together, one
 * slash when separated, two when divorced, dotted when never together); their children hang below from a line
 * between them, oldest on the left; a half-sibling hangs from the shared parent by a dashed line, a stepsibling from
 * the parent's partner by a dotted one; the child's own children hang below the child. Grandparents, where the record
 * has them, are drawn in a row above the parents, each hanging a line down to the parent whose parent they are (known
 * by the parent's surname; a grandparent whose side is not recorded is drawn without one, and the description says
 * so). The child is drawn with a
 * double outline. The picture is one image to assistive technology (role="img", a title and a description); the page
 * gives the same as a list. Every piece of text is escaped; presentation attributes only, no inline styles.
 */
public final class GenogramSvg {
    static final int SIZE = 40;
    static final int GAP = 150;
    static final int MARGIN = 30;
    static final int PARENTS_Y = 60;
    static final int CHILDREN_Y = 230;
    static final int BABIES_Y = 390;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private GenogramSvg() {}

    /** One figure to draw. */
    record Figure(String name, String sex, String line2, boolean deceased, boolean self, boolean unborn,
                  boolean hidden) {}

    public static String render(Family f) {
        Family.Adult mother = f.mother();
        Family.Adult father = f.father();
        Family.Adult partner = f.adults().stream().filter(a -> "STEP_PARENT".equals(a.relationship())
                || "PARTNER_OF_PARENT".equals(a.relationship())).findFirst().orElse(null);
        // The children's row: the child and their brothers and sisters, oldest first.
        record Kid(Figure figure, String kind, java.time.LocalDate dob) {}
        List<Kid> kids = new ArrayList<>();
        kids.add(new Kid(new Figure(f.childName(), f.childSex(), f.childUnborn() ? "due " + month(f.childExpected())
                : "this child" + (f.childDob() == null ? "" : ", born " + f.childDob().getYear()),
                f.childDeceased(), true, f.childUnborn(), false), "SELF", f.childDob() != null ? f.childDob() : f.childExpected()));
        for (Family.Sibling s : f.siblings()) {
            kids.add(new Kid(new Figure(s.shown() ? s.name() : "Not shared with you", s.sex(),
                    s.kindLabel() + (s.dob() == null ? "" : ", born " + s.dob().getYear()), s.deceased(), false,
                    false, !s.shown()), s.kind(), s.dob()));
        }
        kids.sort(Comparator.comparing(Kid::dob, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Family.Adult> grandparents = grandparents(f);
        int top = grandparents.isEmpty() ? 0 : GRANDPARENTS_ROW;
        int columns = Math.max(Math.max(Math.max(kids.size(), 3), f.children().size()), grandparents.size());
        int width = MARGIN * 2 + columns * GAP;
        boolean babies = !f.children().isEmpty();
        int height = top + (babies ? BABIES_Y : CHILDREN_Y) + SIZE / 2 + 60;
        int legendTop = height;
        height += 70;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hearth-genogram__svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" role=\"img\" ")
                .append("aria-labelledby=\"genogram-title genogram-desc\" focusable=\"false\">");
        svg.append("<title id=\"genogram-title\">").append(esc("Genogram of " + f.childName() + "'s family"))
                .append("</title>");
        svg.append("<desc id=\"genogram-desc\">").append(esc(describe(f))).append("</desc>");
        double centre = width / 2.0;
        Double motherX = null;
        Double fatherX = null;
        Double partnerX = null;
        if (mother != null && father != null) {
            fatherX = centre - GAP / 2.0;
            motherX = centre + GAP / 2.0;
        } else if (mother != null) {
            motherX = centre;
        } else if (father != null) {
            fatherX = centre;
        }
        if (partner != null) {
            partnerX = (motherX != null ? motherX : fatherX != null ? fatherX : centre - GAP) + GAP;
        }
        if (!grandparents.isEmpty()) {
            grandparents(svg, f, grandparents, centre, fatherX, motherX);
            svg.append("<g transform=\"translate(0 ").append(top).append(")\">");
        }
        if (motherX != null && fatherX != null) {
            couple(svg, fatherX, motherX, PARENTS_Y, mother.coupleStatus() != null ? mother.coupleStatus()
                    : father.coupleStatus());
        }
        if (partnerX != null && (motherX != null || fatherX != null)) {
            double from = motherX != null ? motherX : fatherX;
            couple(svg, from, partnerX, PARENTS_Y, partner.coupleStatus() == null ? "PARTNERS" : partner.coupleStatus());
        }
        // The children's positions, and the line they hang from.
        double left = centre - (kids.size() - 1) * GAP / 2.0;
        List<Double> fullXs = new ArrayList<>();
        double kidTop = CHILDREN_Y - SIZE / 2.0;
        double sibship = CHILDREN_Y - 70;
        Double descentX = motherX != null && fatherX != null ? Double.valueOf((motherX + fatherX) / 2)
                : motherX != null ? motherX : fatherX; // boxed: with one parent or none, no unboxing of a null
        Double sharedParentX = motherX != null ? motherX : fatherX;
        double childX = centre;
        for (int i = 0; i < kids.size(); i++) {
            double x = left + i * GAP;
            Kid k = kids.get(i);
            if ("SELF".equals(k.kind())) {
                childX = x;
            }
            if ("HALF_SIBLING".equals(k.kind()) && sharedParentX != null) {
                svg.append(path(sharedParentX, PARENTS_Y + SIZE / 2.0, x, kidTop, "6 4"));
            } else if ("STEP_SIBLING".equals(k.kind())) {
                if (partnerX != null) {
                    svg.append(path(partnerX, PARENTS_Y + SIZE / 2.0, x, kidTop, "2 4"));
                }
            } else {
                fullXs.add(x);
            }
        }
        if (descentX != null && !fullXs.isEmpty()) {
            double lo = Math.min(descentX, fullXs.stream().min(Double::compare).orElseThrow());
            double hi = Math.max(descentX, fullXs.stream().max(Double::compare).orElseThrow());
            svg.append(line(descentX, PARENTS_Y, descentX, sibship, null));
            svg.append(line(lo, sibship, hi, sibship, null));
            for (double x : fullXs) {
                svg.append(line(x, sibship, x, kidTop, null));
            }
        }
        if (mother != null) {
            figure(svg, motherX, PARENTS_Y, adultFigure(mother));
        }
        if (father != null) {
            figure(svg, fatherX, PARENTS_Y, adultFigure(father));
        }
        if (partner != null) {
            figure(svg, partnerX, PARENTS_Y, adultFigure(partner));
        }
        for (int i = 0; i < kids.size(); i++) {
            figure(svg, left + i * GAP, CHILDREN_Y, kids.get(i).figure());
        }
        if (babies) {
            double bl = childX - (f.children().size() - 1) * GAP / 2.0;
            bl = Math.max(MARGIN + GAP / 2.0, Math.min(bl, width - MARGIN - GAP / 2.0 - (f.children().size() - 1) * GAP));
            double line = BABIES_Y - 60;
            svg.append(line(childX, CHILDREN_Y + SIZE / 2.0 + 34, childX, line, null));
            svg.append(line(Math.min(childX, bl), line, Math.max(childX, bl + (f.children().size() - 1) * GAP), line, null));
            for (int i = 0; i < f.children().size(); i++) {
                Family.Baby b = f.children().get(i);
                double x = bl + i * GAP;
                svg.append(line(x, line, x, BABIES_Y - SIZE / 2.0, null));
                figure(svg, x, BABIES_Y, new Figure(b.shown() ? b.name() : "Not shared with you", b.sex(),
                        b.unborn() ? "unborn, due " + month(b.expected()) : b.born() == null ? "child"
                                : "child, born " + b.born().getYear(), false, false, b.unborn(), !b.shown()));
            }
        }
        if (!grandparents.isEmpty()) {
            svg.append("</g>");
        }
        legend(svg, legendTop, width);
        svg.append("</svg>");
        return svg.toString();
    }

    /** The grandparents' row sits this far above the parents'. */
    static final int GRANDPARENTS_ROW = 170;

    /** The grandparents the record has: the father's side first, then those whose side is not known, then the mother's. */
    static List<Family.Adult> grandparents(Family f) {
        List<Family.Adult> all = f.adults().stream().filter(a -> "GRANDPARENT".equals(a.relationship())).toList();
        List<Family.Adult> out = new ArrayList<>();
        out.addAll(all.stream().filter(a -> side(f, a) == f.father() && f.father() != null).toList());
        out.addAll(all.stream().filter(a -> side(f, a) == null).toList());
        out.addAll(all.stream().filter(a -> side(f, a) == f.mother() && f.mother() != null).toList());
        return out;
    }

    /**
     * Whose parent a grandparent is: the only parent recorded, or the parent who shares their surname (and not the
     * other); null when the record does not say.
     */
    static Family.Adult side(Family f, Family.Adult grandparent) {
        Family.Adult mother = f.mother();
        Family.Adult father = f.father();
        if (mother == null || father == null) {
            return mother != null ? mother : father;
        }
        boolean m = sameSurname(grandparent, mother);
        boolean d = sameSurname(grandparent, father);
        return m == d ? null : m ? mother : father;
    }

    private static boolean sameSurname(Family.Adult a, Family.Adult b) {
        String x = surname(a.name());
        String y = surname(b.name());
        return x != null && x.equalsIgnoreCase(y);
    }

    private static String surname(String name) {
        if (name == null || name.isBlank() || name.equals("Name not recorded")) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1];
    }

    private static void grandparents(StringBuilder svg, Family f, List<Family.Adult> grandparents, double centre,
                                     Double fatherX, Double motherX) {
        double left = centre - (grandparents.size() - 1) * GAP / 2.0;
        double parentsTop = GRANDPARENTS_ROW + PARENTS_Y - SIZE / 2.0;
        for (Family.Adult parent : new Family.Adult[] {f.father(), f.mother()}) {
            if (parent == null) {
                continue;
            }
            List<Double> xs = new ArrayList<>();
            for (int i = 0; i < grandparents.size(); i++) {
                if (side(f, grandparents.get(i)) == parent) {
                    xs.add(left + i * GAP);
                }
            }
            if (xs.isEmpty()) {
                continue;
            }
            double px = parent == f.father() ? fatherX : motherX;
            double from = xs.size() >= 2 ? (xs.get(0) + xs.get(1)) / 2 : xs.get(0);
            if (xs.size() >= 2) {
                couple(svg, xs.get(0), xs.get(1), PARENTS_Y, null);
            }
            double bend = PARENTS_Y + SIZE / 2.0 + 58;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f V%.1f H%.1f V%.1f\" fill=\"none\" "
                    + "stroke=\"#0b0c0c\" stroke-width=\"2\"/>", from, xs.size() >= 2 ? (double) PARENTS_Y
                    : PARENTS_Y + SIZE / 2.0, bend, px, parentsTop));
        }
        for (int i = 0; i < grandparents.size(); i++) {
            Family.Adult g = grandparents.get(i);
            Family.Adult parent = side(f, g);
            figure(svg, left + i * GAP, PARENTS_Y, new Figure(g.name(), g.sex(), parent == null
                    ? "grandparent" : parent == f.mother() ? "mother's parent" : "father's parent", g.deceased(),
                    false, false, false));
        }
    }

    private static Figure adultFigure(Family.Adult a) {
        return new Figure(a.name(), a.sex(), a.relationshipLabel() + (a.parentalResponsibility() ? ", has PR" : ""),
                a.deceased(), false, false, false);
    }

    /** What the picture shows, in words, for assistive technology. */
    static String describe(Family f) {
        List<String> parts = new ArrayList<>();
        for (Family.Adult a : f.adults()) {
            if (a.parent() || "STEP_PARENT".equals(a.relationship()) || "PARTNER_OF_PARENT".equals(a.relationship())) {
                parts.add(a.relationshipLabel() + ": " + a.name() + (a.deceased() ? " (died)" : "")
                        + (a.coupleLabel() == null ? "" : ", " + a.coupleLabel().toLowerCase(Locale.UK)));
            } else if ("GRANDPARENT".equals(a.relationship())) {
                Family.Adult parent = side(f, a);
                parts.add("Grandparent: " + a.name() + (a.deceased() ? " (died)" : "") + (parent == null
                        ? ", which parent's parent is not recorded" : ", " + (parent == f.mother() ? "mother's" : "father's")
                        + " parent"));
            }
        }
        for (Family.Sibling s : f.siblings()) {
            parts.add(s.kindLabel() + ": " + s.name());
        }
        for (Family.Baby b : f.children()) {
            parts.add((b.unborn() ? "Unborn baby due " + month(b.expected()) : "Child") + (b.shown() ? ": " + b.name() : ""));
        }
        return f.childName() + "'s family. " + (parts.isEmpty() ? "No family recorded yet." : String.join(". ", parts) + ".");
    }

    private static void couple(StringBuilder svg, double x1, double x2, double y, String status) {
        String dash = status == null ? null : switch (status) {
            case "PARTNERS" -> "10 6";
            case "NOT_TOGETHER" -> "2 5";
            default -> null;
        };
        double a = Math.min(x1, x2) + SIZE / 2.0;
        double b = Math.max(x1, x2) - SIZE / 2.0;
        svg.append(line(a, y, b, y, dash));
        double mid = (a + b) / 2;
        int slashes = "SEPARATED".equals(status) ? 1 : "DIVORCED".equals(status) ? 2 : 0;
        for (int i = 0; i < slashes; i++) {
            double off = (i - (slashes - 1) / 2.0) * 10;
            svg.append(line(mid + off - 6, y + 10, mid + off + 6, y - 10, null));
        }
    }

    private static void figure(StringBuilder svg, double x, double y, Figure f) {
        String fill = f.self() ? "#fff7bf" : f.hidden() ? "#f3f2f1" : "#ffffff";
        double h = SIZE / 2.0;
        svg.append("<g class=\"hearth-genogram__person\">");
        if (f.unborn()) {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\" "
                    + "stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x, y - h, x + h, y + h, x - h, y + h, fill));
        } else if (male(f.sex())) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" fill=\"%s\" "
                    + "stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x - h, y - h, SIZE, SIZE, fill));
            if (f.self()) {
                svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%d\" "
                        + "fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x - h - 5, y - h - 5, SIZE + 10, SIZE + 10));
            }
        } else if (female(f.sex())) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" "
                    + "stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x, y, h, fill));
            if (f.self()) {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                        + "stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x, y, h + 5));
            }
        } else {
            svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                    + "fill=\"%s\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x, y - h, x + h, y, x, y + h, x - h, y, fill));
            if (f.self()) {
                svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" "
                        + "fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x, y - h - 7, x + h + 7, y, x, y + h + 7, x - h - 7, y));
            }
        }
        if (f.deceased()) {
            svg.append(line(x - h, y - h, x + h, y + h, null)).append(line(x + h, y - h, x - h, y + h, null));
        }
        if (f.hidden()) {
            svg.append(text(x, y + 7, "?", 20, true));
        }
        svg.append(text(x, y + h + 22, shorten(f.name()), 15, f.self()));
        svg.append(text(x, y + h + 40, shorten(f.line2()), 13, false));
        svg.append("</g>");
    }

    private static void legend(StringBuilder svg, int top, int width) {
        svg.append("<g class=\"hearth-genogram__legend\">");
        double x = MARGIN;
        double y = top + 10;
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"16\" height=\"16\" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x, y));
        svg.append(text(x + 22, y + 13, "male", 13, false, "start"));
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"8\" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x + 90, y + 8));
        svg.append(text(x + 104, y + 13, "female", 13, false, "start"));
        svg.append(String.format(Locale.ROOT, "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>", x + 180, y, x + 188, y + 16, x + 172, y + 16));
        svg.append(text(x + 196, y + 13, "unborn", 13, false, "start"));
        svg.append(line(x + 262, y, x + 278, y + 16, null)).append(line(x + 278, y, x + 262, y + 16, null));
        svg.append(text(x + 284, y + 13, "died", 13, false, "start"));
        double y2 = y + 30;
        svg.append(line(x, y2 + 8, x + 40, y2 + 8, null));
        svg.append(text(x + 46, y2 + 13, "married", 13, false, "start"));
        svg.append(line(x + 120, y2 + 8, x + 160, y2 + 8, "10 6"));
        svg.append(text(x + 166, y2 + 13, "living together", 13, false, "start"));
        svg.append(line(x + 290, y2 + 8, x + 330, y2 + 8, "6 4"));
        svg.append(text(x + 336, y2 + 13, "half-sibling", 13, false, "start"));
        if (width > 560) {
            svg.append(line(x + 430, y2 + 8, x + 470, y2 + 8, "2 4"));
            svg.append(text(x + 476, y2 + 13, "step", 13, false, "start"));
        }
        svg.append("</g>");
    }

    private static boolean male(String sex) {
        return "M".equals(sex) || "1".equals(sex);
    }

    private static boolean female(String sex) {
        return "F".equals(sex) || "2".equals(sex);
    }

    private static String month(java.time.LocalDate d) {
        return d == null ? "date not known" : MONTH.format(d);
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 20 ? s : s.substring(0, 19) + "…";
    }

    private static String line(double x1, double y1, double x2, double y2, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#0b0c0c\" "
                + "stroke-width=\"2\"%s/>", x1, y1, x2, y2, dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String path(double x1, double y1, double x2, double y2, String dash) {
        double mid = (y1 + y2) / 2;
        return String.format(Locale.ROOT, "<path d=\"M%.1f %.1f V%.1f H%.1f V%.1f\" fill=\"none\" stroke=\"#0b0c0c\" "
                + "stroke-width=\"2\" stroke-dasharray=\"%s\"/>", x1, y1, mid, x2, y2, dash);
    }

    private static String text(double x, double y, String s, int size, boolean bold) {
        return text(x, y, s, size, bold, "middle");
    }

    private static String text(double x, double y, String s, int size, boolean bold, String anchor) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" "
                + "fill=\"#0b0c0c\"%s>%s</text>", x, y, size, anchor, bold ? " font-weight=\"700\"" : "", esc(s));
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
