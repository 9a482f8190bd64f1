package io.corroborate.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactionTest {
    @Test
    void thePublicProfileLeavesOutSensitiveFieldsAnalystsAndPaths() {
        Provenance prov = new Provenance("witness", "/home/analyst/cases/almaty/witnesses/statements.csv", "line 2", null,
                Instant.parse("2022-02-01T00:00:00Z"));
        EvidenceItem statement = EvidenceItem.builder("witness:W1:1", Platform.WITNESS, ItemKind.STATEMENT)
                .author(new Author("W1", "W1")).text("They fired at the crowd.")
                .sensitive("witness-name", "Aigerim Sultanova").sensitive("contact", "+7 701 000 0000")
                .media(MediaRef.of("audio").withPath("interviews/W1.m4a"))
                .provenance(prov).build();
        EvidenceItem post = EvidenceItem.builder("facebook:resident:1", Platform.FACEBOOK, ItemKind.VIDEO)
                .author(new Author("100004", "Private Resident")).text("my street").url("https://facebook.com/100004/posts/1").build();
        Clue analyst = new Clue("clues.csv:2", "witness:W1:1", ClueKinds.PLACE, "republic-square", null, null, "Analyst Name");
        Clue sensitive = new Clue("clues.csv:3", "facebook:resident:1", ClueKinds.SENSITIVE, "author, url", null, null, "Analyst Name");
        Case c = new Case("c", ZoneId.of("Asia/Almaty"), null, null, List.of(statement, post), List.of(analyst, sensitive),
                List.of(), List.of(), List.of(new SourceSummary("/home/analyst/cases/almaty/witnesses/statements.csv", "witness", null, 10, 1, 0, null)),
                null);

        Case pub = Redaction.forPublic(c);
        String all = pub.toString();
        assertThat(all).doesNotContain("Aigerim", "+7 701", "Analyst Name", "/home/analyst", "interviews/W1.m4a",
                "Private Resident", "facebook.com/100004");
        assertThat(pub.item("witness:W1:1").orElseThrow().provenance().source()).isEqualTo("statements.csv");
        assertThat(pub.item("witness:W1:1").orElseThrow().text()).isEqualTo("They fired at the crowd.");
        assertThat(pub.item("facebook:resident:1").orElseThrow().author().name()).isEqualTo(Redaction.REDACTED);
        assertThat(pub.item("facebook:resident:1").orElseThrow().text()).isEqualTo("my street");
    }

    @Test
    void aSensitiveClueMarkingMediaOrTheWholeItemRemovesThoseFields() {
        EvidenceItem video = EvidenceItem.builder("telegram:group:7", Platform.TELEGRAM, ItemKind.VIDEO)
                .author(new Author("user42", "Member Name")).text("we are at the square").url("https://t.me/c/1/7")
                .link("https://example.org/private-link").media(MediaRef.of("video").withUrl("https://cdn.example/v.mp4")).build();
        EvidenceItem photo = EvidenceItem.builder("telegram:group:8", Platform.TELEGRAM, ItemKind.PHOTO)
                .author(new Author("user43", "Other Member")).text("caption").media(MediaRef.of("photo").withPath("photos/p.jpg")).build();
        List<Clue> clues = List.of(new Clue("clues.csv:2", "telegram:group:7", ClueKinds.SENSITIVE, "", null, null, "a"),
                new Clue("clues.csv:3", "telegram:group:8", ClueKinds.SENSITIVE, "media", null, null, "a"));
        Case pub = Redaction.forPublic(new Case("c", ZoneId.of("Asia/Almaty"), null, null, List.of(video, photo), clues,
                null, null, null, null));

        EvidenceItem v = pub.item("telegram:group:7").orElseThrow();
        assertThat(v.author().name()).isEqualTo(Redaction.REDACTED);
        assertThat(v.text()).isEqualTo(Redaction.REDACTED);
        assertThat(v.url()).isNull();
        assertThat(v.links()).isEmpty();
        assertThat(v.media()).isEmpty();
        EvidenceItem p = pub.item("telegram:group:8").orElseThrow();
        assertThat(p.media()).isEmpty();
        assertThat(p.author().name()).isEqualTo("Other Member");
        assertThat(p.text()).isEqualTo("caption");
    }
}
