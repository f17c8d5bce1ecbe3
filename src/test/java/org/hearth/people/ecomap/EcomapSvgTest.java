package org.hearth.people.ecomap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hearth.people.ecomap.Ecomap.Member;
import org.hearth.people.ecomap.Ecomap.Tie;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class EcomapSvgTest {
    static final Ecomap MAP = new Ecomap("Amara Okafor", List.of(
            new Member("Grace Okafor", "Mother, with parental responsibility", Tie.PARENT_WITH_PR, null),
            new Member("Biscuit", "Dog", Tie.PET, "He sleeps on my bed"),
            new Member("Sam Worker", "Social worker", Tie.PROFESSIONAL, null)));

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldBeAnAccessibleImageWithATitleAndADescriptionNamingEveryone() throws Exception {
        Document svg = parse(EcomapSvg.render(MAP));
        Element root = svg.getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("ecomap-title ecomap-desc");
        assertThat(svg.getElementById("ecomap-title")).isNull(); // ids are not declared as ID type: look them up
        assertThat(text(svg, "title").get(0)).isEqualTo("Ecomap: the network around Amara Okafor");
        assertThat(text(svg, "desc").get(0)).isEqualTo("Amara Okafor's network: Grace Okafor (Mother, with parental "
                + "responsibility); Biscuit (Dog); Sam Worker (Social worker).");
    }

    @Test
    void shouldGiveEachPersonATooltipWithTheChildsOwnWords() throws Exception {
        List<String> titles = text(parse(EcomapSvg.render(MAP)), "title");
        assertThat(titles).contains("Biscuit, Dog. In the child's words: “He sleeps on my bed”",
                "Grace Okafor, Mother, with parental responsibility");
    }

    @Test
    void shouldDrawEachKindOfTieInItsOwnStyleWithALegend() throws Exception {
        String svg = EcomapSvg.render(MAP);
        Document doc = parse(svg);
        NodeList lines = doc.getElementsByTagName("line");
        assertThat(lines.getLength()).as("a line to each person and one per legend row").isEqualTo(6);
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Element l = (Element) lines.item(i);
            styles.add(l.getAttribute("stroke") + "/" + l.getAttribute("stroke-width") + "/" + l.getAttribute("stroke-dasharray"));
        }
        assertThat(styles).doesNotHaveDuplicates();
        assertThat(text(doc, "text")).contains("Key", "Parent with parental responsibility", "Pet", "Professional")
                .doesNotContain("Family", "Placement");
        assertThat(svg).doesNotContain("style=");
    }

    @Test
    void shouldEscapeAScriptInAName() throws Exception {
        Ecomap map = new Ecomap("<script>alert('child')</script>", List.of(new Member("<script>alert(1)</script> & \"Co\"",
                "Friend", Tie.MATTERS, "I <3 them </title><script>x()</script>")));
        String svg = EcomapSvg.render(map);

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;")
                .contains("I &lt;3 them &lt;/title&gt;&lt;script&gt;x()&lt;/script&gt;");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(text(doc, "title")).anySatisfy(t -> assertThat(t).contains("I <3 them </title><script>x()</script>"));
    }

    @Test
    void shouldPlaceEveryoneWithoutOverlapForAnyNetworkSize() {
        for (int n = 1; n <= 24; n++) {
            EcomapSvg.Layout l = EcomapSvg.layout(n, 3);
            for (int i = 0; i < n; i++) {
                EcomapSvg.Position a = l.positions().get(i);
                assertThat(a.x() - EcomapSvg.NODE_WIDTH / 2.0).as("inside, n=%d", n).isGreaterThanOrEqualTo(0);
                assertThat(a.x() + EcomapSvg.NODE_WIDTH / 2.0).isLessThanOrEqualTo(l.width());
                assertThat(a.y() - EcomapSvg.NODE_HEIGHT / 2.0).isGreaterThanOrEqualTo(0);
                boolean clearOfChild = Math.abs(a.y() - l.centreY()) >= EcomapSvg.CHILD_RADIUS + EcomapSvg.NODE_HEIGHT / 2.0
                        || Math.abs(a.x() - l.centreX()) >= EcomapSvg.CHILD_RADIUS + EcomapSvg.NODE_WIDTH / 2.0;
                assertThat(clearOfChild).as("person %d of %d clear of the child", i, n).isTrue();
                for (int k = i + 1; k < n; k++) {
                    EcomapSvg.Position b = l.positions().get(k);
                    boolean apart = Math.abs(a.x() - b.x()) >= EcomapSvg.NODE_WIDTH
                            || Math.abs(a.y() - b.y()) >= EcomapSvg.NODE_HEIGHT;
                    assertThat(apart).as("people %d and %d of %d overlap", i, k, n).isTrue();
                }
            }
        }
    }

    @Test
    void shouldShortenALongNameInThePictureButKeepItWholeInTheTooltip() throws Exception {
        String longName = "Maximilian Alexander Montgomery-Smythe";
        Document doc = parse(EcomapSvg.render(new Ecomap("A Child", List.of(new Member(longName, "Uncle", Tie.FAMILY, null)))));
        assertThat(text(doc, "text")).contains("Maximilian Alexande…");
        assertThat(text(doc, "title")).anySatisfy(t -> assertThat(t).startsWith(longName));
    }

    @Test
    void shouldSayWhenNobodyIsRecorded() throws Exception {
        Document doc = parse(EcomapSvg.render(new Ecomap("A Child", List.of())));
        assertThat(text(doc, "desc")).containsExactly("A Child has nobody recorded in their network yet.");
    }

    static List<String> text(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }
}
