package io.corroborate.importer.witness;

import io.corroborate.model.Author;
import io.corroborate.model.EvidenceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InterviewFilesTest {
    @TempDir
    Path root;

    private Runs.Result interview() throws IOException {
        return Runs.run(Runs.copy("interviews", root).resolve("W3.yaml"), root);
    }

    @Test
    void eachStatementOfAnInterviewFileBecomesAnItem() throws IOException {
        EvidenceItem i = interview().item("witness:W3:1");

        assertThat(i.author()).isEqualTo(new Author("W3", "W3"));
        assertThat(i.title()).isEqualTo("Witness W3 (medic), interviewed 2022-01-22, statement 1");
        assertThat(i.text()).isEqualTo("We treated people with gunshot wounds in the courtyard behind the hospital.");
        assertThat(i.provenance().locator()).isEqualTo("/statements/0 (line 10)");
    }

    @Test
    void theWitnessBlocksNameAndContactLandOnlyInSensitive() throws IOException {
        EvidenceItem i = interview().item("witness:W3:1");

        assertThat(i.sensitive()).containsExactlyInAnyOrderEntriesOf(Map.of("witness-name", "Dana Example", "contact", "+7 700 000 0003"));
        assertThat(Runs.withoutSensitive(i)).doesNotContain("Dana", "0003");
    }

    @Test
    void statementsGetTheirClues() throws IOException {
        Runs.Result r = interview();

        assertThat(r.clue("witness:W3:1/clock").value()).isEqualTo("2022-01-05T19:10");
        assertThat(r.clue("witness:W3:1/clock").tolerance()).isEqualTo(Duration.ofMinutes(5));
        assertThat(r.clue("witness:W3:1/place").value()).isEqualTo("43.2389,76.9455");
        assertThat(r.clue("witness:W3:1/casualty").value()).isEqualTo("P07 injured");
        assertThat(r.clue("witness:W3:1/casualty/2").value()).isEqualTo("P09 injured");
        assertThat(r.clue("witness:W3:2/after").value()).isEqualTo("witness:W1:1");
        assertThat(r.clue("witness:W3:2/after").tolerance()).isEqualTo(Duration.ofMinutes(30));
        assertThat(r.clue("witness:W3:2/observation").value()).isEqualTo("live-fire by security-forces");
        assertThat(r.clue("witness:W3:3/sensitive").value()).isEqualTo("author,text");
    }

    @Test
    void anUnquotedTimeIsReadAsWrittenNotAsAYamlNumber() throws IOException {
        assertThat(interview().clue("witness:W3:2/clock").value()).isEqualTo("2022-01-05T19:40");
    }

    @Test
    void aStatementWithANestedValueIsSkipped() throws IOException {
        Runs.Result r = interview();

        assertThat(r.ids()).containsExactly("witness:W3:1", "witness:W3:2", "witness:W3:3");
        assertThat(r.skipped()).containsExactly("interviews/W3.yaml: /statements/3 (line 27): the statement has a nested mapping under 'place'");
    }

    @Test
    void statementsBeforeTheWitnessBlockWaitForIt() throws IOException {
        Path f = root.resolve("W8.yaml");
        Files.writeString(f, "statements:\n  - statement: 1\n    said: first\nwitness:\n  id: W8\n  role: resident\n");

        Runs.Result r = Runs.run(f, root);

        assertThat(r.ids()).containsExactly("witness:W8:1");
        assertThat(r.item("witness:W8:1").title()).isEqualTo("Witness W8 (resident), statement 1");
    }

    @Test
    void aFolderReadsTheSheetsAndEveryInterviewButNotTheCaseFile() throws IOException {
        Path folder = Runs.copy("sheets", root);
        Files.copy(Runs.copy("interviews", root).resolve("W3.yaml"), folder.resolve("W3.yaml"));
        Files.writeString(folder.resolve("case.yaml"), "name: almaty\n");

        Runs.Result r = Runs.run(folder, root);

        assertThat(r.ids()).contains("witness:W1:1", "witness:W3:1");
        assertThat(r.context().warnings()).isEmpty();
        assertThat(r.error()).isNull();
    }
}
