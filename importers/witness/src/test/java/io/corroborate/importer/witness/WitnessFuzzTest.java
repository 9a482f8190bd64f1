package io.corroborate.importer.witness;

import io.corroborate.spi.BasicImportContext;
import io.corroborate.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Mutated sheets and interviews: nothing but ImportException escapes, nothing before the damage is lost. */
class WitnessFuzzTest {
    private static final String WITNESSES = "witness,role,interviewed_on,may_name,name,contact,notes\n"
            + "W1,protester,2022-01-20,no,Aigerim Example,+7 700 000 0001,cafe\n"
            + "W2,journalist,2022-01-21,yes,Marat Example,marat@example.org,\n";

    private static final String STATEMENTS = "witness,statement,said,place,date,time,time_to,tolerance,relative,observed,casualties,sensitive\n"
            + "W1,1,\"Soldiers fired, two people fell.\",republic-square,2022-01-05,18:30,,10m,,live fire by security forces,P07 injured;P08 killed,\n"
            + "W1,2,\"Tear gas \"\"first\"\".\",\"43.2383,76.9453\",2022-01-05,18:00,18:20,,before witness:W1:1 5m,tear gas by security forces,,\n"
            + "W2,1,Shops closed.,republic-square,2022-01-06,,,,,,,text\n"
            + "W2,2,A man was beaten.,,,2022-01-06 10:00,,,,beating by unknown,,\n"
            + "W2,3,Shots all night.,,2022-01-05,23:40,00:15,5m,after witness:W2:2,,,\n";

    private static final String INTERVIEW = "witness:\n  id: W3\n  role: medic\n  interviewed_on: 2022-01-22\n  name: Dana Example\n"
            + "statements:\n"
            + "  - statement: 1\n    said: \"Gunshot wounds.\"\n    place: \"43.2389,76.9455\"\n    date: 2022-01-05\n    time: \"19:10\"\n"
            + "    casualties: [P07 injured, P09 injured]\n"
            + "  - statement: 2\n    said: The first wounded arrived.\n    date: 2022-01-05\n    time: 19:40\n"
            + "    relative: after witness:W1:1 30m\n"
            + "  - statement: 3\n    said: 'A quiet night, they said.'\n    sensitive: text\n"
            + "...\n";

    @TempDir
    Path work;

    @Test
    void mutatedStatementSheetsKeepEveryRowBeforeTheDamage() {
        List<String> ids = List.of("witness:W1:1", "witness:W1:2", "witness:W2:1", "witness:W2:2", "witness:W2:3");
        Fuzz.Sample sample = Fuzz.Sample.withRecordsEndingAt("statements.csv", STATEMENTS, ids,
                id -> "\n" + id.substring("witness:".length()).replace(':', ',') + ",", "\n").asFolderSource();
        Fuzz fuzz = Fuzz.of(new WitnessImporter(), root -> withFile(root, "witnesses.csv", WITNESSES));

        Fuzz.Report report = fuzz.run(sample, work, 20220105L, 1500);

        assertThat(report.importErrors()).isPositive();
        assertThat(report.items()).isGreaterThan(1500L * 3);
    }

    @Test
    void mutatedWitnessSheetsNeverEscapeAsAnythingButImportErrors() {
        Fuzz.Sample sample = new Fuzz.Sample("witnesses.csv", WITNESSES.getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of(), true);
        Fuzz fuzz = Fuzz.of(new WitnessImporter(), root -> withFile(root, "statements.csv", STATEMENTS));

        Fuzz.Report report = fuzz.run(sample, work, 20220106L, 500);

        assertThat(report.items()).isGreaterThan(0L);
    }

    @Test
    void mutatedInterviewsKeepEveryStatementBeforeTheDamage() {
        List<String> ids = List.of("witness:W3:1", "witness:W3:2", "witness:W3:3");
        List<Fuzz.Record> records = new ArrayList<>();
        // a YAML mapping ends only when the next line's indentation is read, so a statement ends after the next "- " or the "..." line
        for (int n = 1; n <= ids.size(); n++) {
            int at = INTERVIEW.indexOf("statement: " + n + "\n");
            int end = n < ids.size() ? INTERVIEW.indexOf("\n  - ", at) + "\n  - ".length() : INTERVIEW.indexOf("\n...\n", at) + "\n...\n".length();
            records.add(new Fuzz.Record(ids.get(n - 1), INTERVIEW.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        }
        Fuzz.Sample sample = new Fuzz.Sample("W3.yaml", INTERVIEW.getBytes(java.nio.charset.StandardCharsets.UTF_8), records, false);

        Fuzz.Report report = Fuzz.of(new WitnessImporter()).run(sample, work, 20220122L, 1500);

        assertThat(report.items()).isGreaterThan(1500L);
    }

    private static BasicImportContext withFile(Path root, String name, String text) {
        try {
            Files.writeString(root.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BasicImportContext(root, Runs.ALMATY, null, Map.of(), Runs.CLOCK);
    }
}
