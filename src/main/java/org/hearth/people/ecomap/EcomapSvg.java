package org.hearth.people.ecomap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Draws an {@link Ecomap} as SVG: the child in the centre, everyone else on an ellipse around them, joined to the
 * child by a line whose style says the kind of tie, and a legend of those styles underneath. The picture is one
 * image to assistive technology (role="img" with a title and a description naming everyone); each person carries
 * a title (a tooltip) with who they are and the child's own words. Every piece of text is escaped. Colours and
 * dashes are presentation attributes, not inline styles, so the page's content security policy allows them.
 */
public final class EcomapSvg {
    static final int NODE_WIDTH = 180;
    static final int NODE_HEIGHT = 46;
    static final int CHILD_RADIUS = 56;
    static final int MARGIN = 20;
    static final int LEGEND_ROW = 24;

    private EcomapSvg() {}

    /** Where a member's box sits: its centre. */
    public record Position(double x, double y) {}

    /** The drawing's size and every member's position, in member order. */
    public record Layout(int width, int height, double centreX, double centreY, List<Position> positions) {}

    /** How a kind of tie is drawn. */
    record Stroke(String colour, double width, String dash) {}

    static Stroke stroke(Ecomap.Tie tie) {
        return switch (tie) {
            case PARENT_WITH_PR -> new Stroke("#0b0c0c", 5, null);
            case FAMILY -> new Stroke("#0b0c0c", 2.5, null);
            case MATTERS -> new Stroke("#1d70b8", 2.5, null);
            case PET -> new Stroke("#00703c", 3.5, "1 7");
            case CARER -> new Stroke("#912b88", 3, "14 5 3 5");
            case PROFESSIONAL -> new Stroke("#505a5f", 2.5, "9 6");
        };
    }

    /**
     * Everyone on an ellipse around the child, starting at the top and going clockwise; the ellipse grows with the
     * number of people so that no two boxes overlap.
     */
    public static Layout layout(int members, int legendRows) {
        double rx = 0;
        double ry = 0;
        if (members > 0) {
            rx = 270;
            ry = 140;
            while (overlapping(members, rx, ry)) {
                rx *= 1.05;
                ry *= 1.05;
            }
        }
        double half = Math.max(rx + NODE_WIDTH / 2.0, CHILD_RADIUS);
        int width = (int) Math.ceil(2 * half + 2 * MARGIN);
        double cx = width / 2.0;
        double cy = MARGIN + Math.max(ry + NODE_HEIGHT / 2.0, CHILD_RADIUS);
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / members;
            positions.add(new Position(cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)));
        }
        double bottom = cy + Math.max(ry + NODE_HEIGHT / 2.0, CHILD_RADIUS);
        int height = (int) Math.ceil(bottom + MARGIN + (legendRows == 0 ? 0 : 30 + legendRows * LEGEND_ROW));
        return new Layout(width, height, cx, cy, positions);
    }

    /** Whether any two of {@code members} boxes on this ellipse would touch. */
    private static boolean overlapping(int members, double rx, double ry) {
        double[] x = new double[members];
        double[] y = new double[members];
        for (int i = 0; i < members; i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / members;
            x[i] = rx * Math.cos(angle);
            y[i] = ry * Math.sin(angle);
            for (int k = 0; k < i; k++) {
                if (Math.abs(x[i] - x[k]) < NODE_WIDTH + 10 && Math.abs(y[i] - y[k]) < NODE_HEIGHT + 10) {
                    return true;
                }
            }
        }
        return false;
    }

    public static String render(Ecomap map) {
        List<Ecomap.Member> members = map.members();
        List<Ecomap.Tie> ties = map.ties();
        Layout l = layout(members.size(), ties.size());
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"hearth-ecomap__svg\" viewBox=\"0 0 ")
                .append(l.width()).append(' ').append(l.height()).append("\" role=\"img\" ")
                .append("aria-labelledby=\"ecomap-title ecomap-desc\" font-family=\"Arial, Helvetica, sans-serif\">\n");
        svg.append("<title id=\"ecomap-title\">").append(escape("Ecomap: the network around " + map.childName()))
                .append("</title>\n");
        svg.append("<desc id=\"ecomap-desc\">").append(escape(describe(map))).append("</desc>\n");
        for (int i = 0; i < members.size(); i++) {
            Position p = l.positions().get(i);
            svg.append("<line x1=\"").append(n(l.centreX())).append("\" y1=\"").append(n(l.centreY()))
                    .append("\" x2=\"").append(n(p.x())).append("\" y2=\"").append(n(p.y())).append('"')
                    .append(strokeAttributes(stroke(members.get(i).tie()))).append("/>\n");
        }
        for (int i = 0; i < members.size(); i++) {
            Ecomap.Member m = members.get(i);
            Position p = l.positions().get(i);
            Stroke s = stroke(m.tie());
            svg.append("<g class=\"hearth-ecomap__member\">");
            svg.append("<title>").append(escape(tooltip(m))).append("</title>");
            svg.append("<rect x=\"").append(n(p.x() - NODE_WIDTH / 2.0)).append("\" y=\"").append(n(p.y() - NODE_HEIGHT / 2.0))
                    .append("\" width=\"").append(NODE_WIDTH).append("\" height=\"").append(NODE_HEIGHT)
                    .append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"").append(s.colour()).append("\" stroke-width=\"2\"/>");
            svg.append("<text x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y() - 4))
                    .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"#0b0c0c\">")
                    .append(escape(fit(m.name(), 20))).append("</text>");
            svg.append("<text x=\"").append(n(p.x())).append("\" y=\"").append(n(p.y() + 14))
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#0b0c0c\">")
                    .append(escape(fit(m.role(), 28))).append("</text>");
            svg.append("</g>\n");
        }
        svg.append("<circle cx=\"").append(n(l.centreX())).append("\" cy=\"").append(n(l.centreY())).append("\" r=\"")
                .append(CHILD_RADIUS).append("\" fill=\"#1d70b8\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>\n");
        List<String> nameLines = childLines(map.childName());
        double first = l.centreY() + 6 - (nameLines.size() - 1) * 9;
        for (int i = 0; i < nameLines.size(); i++) {
            svg.append("<text x=\"").append(n(l.centreX())).append("\" y=\"").append(n(first + i * 18))
                    .append("\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\" fill=\"#ffffff\">")
                    .append(escape(nameLines.get(i))).append("</text>\n");
        }
        if (!ties.isEmpty()) {
            double top = l.height() - MARGIN - ties.size() * LEGEND_ROW;
            svg.append("<g class=\"hearth-ecomap__legend\">");
            svg.append("<text x=\"").append(MARGIN).append("\" y=\"").append(n(top - 10))
                    .append("\" font-size=\"14\" font-weight=\"bold\" fill=\"#0b0c0c\">Key</text>");
            for (int i = 0; i < ties.size(); i++) {
                double y = top + i * LEGEND_ROW + LEGEND_ROW / 2.0;
                svg.append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(MARGIN + 50)
                        .append("\" y2=\"").append(n(y)).append('"').append(strokeAttributes(stroke(ties.get(i)))).append("/>");
                svg.append("<text x=\"").append(MARGIN + 62).append("\" y=\"").append(n(y + 5))
                        .append("\" font-size=\"14\" fill=\"#0b0c0c\">").append(escape(ties.get(i).label())).append("</text>");
            }
            svg.append("</g>\n");
        }
        return svg.append("</svg>").toString();
    }

    /** The text alternative inside the picture: everyone, who they are to the child. */
    static String describe(Ecomap map) {
        if (map.members().isEmpty()) {
            return map.childName() + " has nobody recorded in their network yet.";
        }
        return map.childName() + "'s network: " + map.members().stream()
                .map(m -> m.name() + " (" + m.role() + ")").collect(Collectors.joining("; ")) + ".";
    }

    static String tooltip(Ecomap.Member m) {
        return m.name() + ", " + m.role() + (m.childsWords() == null || m.childsWords().isBlank() ? ""
                : ". In the child's words: “" + m.childsWords() + "”");
    }

    /** The child's name on one or two lines inside the circle, each short enough to fit. */
    static List<String> childLines(String name) {
        String n = name == null ? "" : name.strip();
        if (n.length() <= 11 || !n.contains(" ")) {
            return List.of(fit(n, 11));
        }
        int space = n.indexOf(' ');
        return List.of(fit(n.substring(0, space), 11), fit(n.substring(space + 1), 11));
    }

    /** {@code text} cut to {@code max} characters with an ellipsis; the full text is in the title and the list. */
    static String fit(String text, int max) {
        String t = text == null ? "" : text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "…";
    }

    /** Escapes text for XML content and attribute values alike. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        b.append(' '); // not allowed in XML at all
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static String strokeAttributes(Stroke s) {
        return " stroke=\"" + s.colour() + "\" stroke-width=\"" + n(s.width()) + "\""
                + (s.dash() == null ? "" : " stroke-dasharray=\"" + s.dash() + "\" stroke-linecap=\"round\"");
    }

    private static String n(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
