package io.corroborate.exporter.kml;

import io.corroborate.testing.AlmatyFixture;
import io.corroborate.model.Case;
import io.corroborate.model.EvidenceItem;
import io.corroborate.model.GeoPoint;
import io.corroborate.model.ItemKind;
import io.corroborate.model.Place;
import io.corroborate.model.Platform;
import io.corroborate.model.Profile;
import io.corroborate.spi.DirectoryExportContext;
import io.corroborate.spi.Exporter;
import io.corroborate.testing.Plugins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.corroborate.testing.AlmatyFixture.ARTICLE;
import static io.corroborate.testing.AlmatyFixture.LATER;
import static io.corroborate.testing.AlmatyFixture.RUN;
import static io.corroborate.testing.AlmatyFixture.TELEGRAM;
import static io.corroborate.testing.AlmatyFixture.TWEET;
import static io.corroborate.testing.AlmatyFixture.WITNESS_NAME;
import static org.assertj.core.api.Assertions.assertThat;

class KmlExporterTest {
    private static final String NS = "http://www.opengis.net/kml/2.2";

    @TempDir
    Path out;

    private Document export(Profile profile) throws Exception {
        new KmlExporter().export(AlmatyFixture.context(out, profile, RUN));
        return parse(out.resolve("case.kml"));
    }

    /** The JDK's DOM parser, with DTDs refused as any reader of untrusted XML should. */
    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0).getTextContent();
    }

    private static Element document(Document d) {
        return children(d.getDocumentElement(), "Document").get(0);
    }

    private static List<Element> folders(Document d) {
        return children(document(d), "Folder");
    }

    /** Placemarks by name, each with the name of the folder it is in. */
    private static Map<String, Element> placemarks(Document d) {
        Map<String, Element> m = new HashMap<>();
        NodeList all = d.getElementsByTagNameNS(NS, "Placemark");
        for (int i = 0; i < all.getLength(); i++) {
            Element p = (Element) all.item(i);
            m.putIfAbsent(text(p, "name"), p);
        }
        return m;
    }

    private static String folderOf(Element placemark) {
        return text((Element) placemark.getParentNode(), "name");
    }

    @Test
    void outputIsKml22() throws Exception {
        Document d = export(Profile.INTERNAL);

        assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(NS);
        assertThat(d.getDocumentElement().getLocalName()).isEqualTo("kml");
        assertThat(text(document(d), "name")).isEqualTo("Almaty, January 2022");
        assertThat(Files.readString(out.resolve("case.kml"))).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void oneFolderPerIncidentInTimeOrderThenOtherItems() throws Exception {
        assertThat(folders(export(Profile.INTERNAL))).extracting(f -> text(f, "name"))
                .containsExactly("Shooting at Republic Square", "Night clashes, \"Abai\" avenue", "Other items");
    }

    @Test
    void itemsSitInTheirIncidentFolderAndTheRestInOtherItems() throws Exception {
        Map<String, Element> p = placemarks(export(Profile.INTERNAL));

        assertThat(folderOf(p.get(TELEGRAM))).isEqualTo("Shooting at Republic Square");
        assertThat(folderOf(p.get(TWEET))).isEqualTo("Shooting at Republic Square");
        assertThat(folderOf(p.get(LATER))).isEqualTo("Other items");
        assertThat(text(p.get(TELEGRAM), "styleUrl")).isEqualTo("#incident-1");
        assertThat(text(p.get(ARTICLE), "styleUrl")).isEqualTo("#incident-2");
        assertThat(text(p.get(LATER), "styleUrl")).isEqualTo("#other");
    }

    @Test
    void everyStyleUrlNamesAStyleOfTheDocument() throws Exception {
        Document d = export(Profile.INTERNAL);
        List<String> styles = children(document(d), "Style").stream().map(s -> "#" + s.getAttribute("id")).toList();

        assertThat(placemarks(d).values()).extracting(pm -> text(pm, "styleUrl")).allMatch(styles::contains);
        assertThat(children(document(d), "Style").get(0).getElementsByTagNameNS(NS, "color").item(0).getTextContent()).matches("[0-9a-f]{8}");
    }

    @Test
    void placemarksHaveAUtcTimeSpanAndALonLatPoint() throws Exception {
        Element telegram = placemarks(export(Profile.INTERNAL)).get(TELEGRAM);
        Element span = children(telegram, "TimeSpan").get(0);

        assertThat(text(span, "begin")).isEqualTo("2022-01-05T09:05:00Z");
        assertThat(text(span, "end")).isEqualTo("2022-01-05T09:14:03Z");
        assertThat(text(children(telegram, "Point").get(0), "coordinates")).isEqualTo("76.945465,43.238949");
    }

    @Test
    void incidentPlacemarkCarriesItsWindowAndCasualties() throws Exception {
        Element incident = placemarks(export(Profile.INTERNAL)).get("Shooting at Republic Square");

        assertThat(text(children(incident, "TimeSpan").get(0), "end")).isEqualTo("2022-01-05T09:20:00Z");
        assertThat(text(incident, "description")).contains("at least 2 killed, 1 injured").contains("live-fire by security-forces");
    }

    @Test
    void descriptionsGiveLocalTimesByTheZoneRulesOfEachInstant() throws Exception {
        Map<String, Element> p = placemarks(export(Profile.INTERNAL));

        assertThat(text(p.get(TELEGRAM), "description")).contains("2022-01-05 15:05 – 2022-01-05 15:14:03");
        assertThat(text(p.get(LATER), "description")).contains("2024-03-05 14:00 – 2024-03-05 14:30");
    }

    @Test
    void sourceTextCannotBreakOutOfXmlOrInjectHtml() throws Exception {
        Document d = export(Profile.INTERNAL);
        String raw = Files.readString(out.resolve("case.kml"));
        String description = text(placemarks(d).get(ARTICLE), "description");

        assertThat(raw).doesNotContain("<![CDATA[").doesNotContain("]]>").doesNotContain("<script");
        assertThat(description).contains("Night of ]]&gt; &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;b&gt;bold&lt;/b&gt; &amp; ]]&gt;")
                .doesNotContain("<script").doesNotContain("<b>bold");
    }

    @Test
    void onlyWebUrlsBecomeLinks() throws Exception {
        Map<String, Element> p = placemarks(export(Profile.INTERNAL));

        assertThat(text(p.get(TELEGRAM), "description")).contains("<a href=\"https://t.me/almatyinfo/4512\">");
        assertThat(text(p.get(ARTICLE), "description")).doesNotContain("javascript:");
    }

    @Test
    void extendedDataCarriesStatusAndWindow() throws Exception {
        Element tweet = placemarks(export(Profile.INTERNAL)).get(TWEET);
        Map<String, String> data = new HashMap<>();
        NodeList all = tweet.getElementsByTagNameNS(NS, "Data");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            data.put(e.getAttribute("name"), text(e, "value"));
        }

        assertThat(data).containsEntry("status", "conflict").containsEntry("earliest_local", "2022-01-05 15:05")
                .containsEntry("forces", "tear-gas").containsEntry("radius_m", "150");
    }

    @Test
    void charactersXmlCannotCarryAreReplacedSoTheFileStillParses() throws Exception {
        Case c = AlmatyFixture.theCase(RUN);
        List<EvidenceItem> items = new ArrayList<>(c.items());
        items.add(EvidenceItem.builder("telegram:odd:1", Platform.TELEGRAM, ItemKind.TEXT).text("bell \u0007, nul \u0000, half \uD800 pair").build());
        Map<String, Place> places = new HashMap<>(AlmatyFixture.result().places());
        places.put("telegram:odd:1", new Place(new GeoPoint(43.2, 76.9), 0, null, null));
        new KmlExporter().export(new DirectoryExportContext(c.withItems(items), AlmatyFixture.result().withPlaces(places),
                Profile.INTERNAL, "t", RUN, out));

        Element odd = placemarks(parse(out.resolve("case.kml"))).get("telegram:odd:1");
        assertThat(text(odd, "description")).contains("bell \uFFFD, nul \uFFFD, half \uFFFD pair");
    }

    @Test
    void publicProfileSaysSoInTheDocumentDescription() throws Exception {
        Document d = export(Profile.PUBLIC);

        assertThat(text(document(d), "description")).isEqualTo(Profile.PUBLIC_NOTICE);
        assertThat(Files.readString(out.resolve("case.kml"))).doesNotContain(WITNESS_NAME);
    }

    @Test
    void identicalInputsGiveIdenticalBytes() throws Exception {
        Path a = Files.createDirectory(out.resolve("a"));
        Path b = Files.createDirectory(out.resolve("b"));
        new KmlExporter().export(AlmatyFixture.context(a, Profile.INTERNAL, RUN));
        new KmlExporter().export(AlmatyFixture.context(b, Profile.INTERNAL, RUN.plusSeconds(60)));

        assertThat(Files.readAllBytes(b.resolve("case.kml"))).isEqualTo(Files.readAllBytes(a.resolve("case.kml")));
    }

    @Test
    void serviceLoaderFindsTheExporter() {
        assertThat(Plugins.discovered(Exporter.class, KmlExporter.class).id()).isEqualTo("kml");
    }
}
