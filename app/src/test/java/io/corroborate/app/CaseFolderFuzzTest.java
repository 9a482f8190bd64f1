package io.corroborate.app;

import io.corroborate.testing.Fuzz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case's own files damaged (case.yaml, the clue, landmark and claim sheets): `check` ends with exit 0,
 * 1 or 2, and a bad file gives lines starting "error: " or "warning: ", never a stack trace or a Java
 * exception's name (docs/security.md). Seeded; {@code corroborate.fuzz.seed} and
 * {@code corroborate.fuzz.times} lengthen the campaign as for the importers' fuzz tests.
 */
class CaseFolderFuzzTest {
    private static final int ROUNDS = 150;

    @TempDir
    Path work;

    @Test
    void damagedCaseFilesEndInOneLineNeverAStackTrace() throws IOException {
        Path tiny = CaseFolders.tiny(work);
        // the tiny case has no claims: give it the Almaty case's, so the claims sheet is damaged too
        Files.copy(Path.of("..", "examples", "almaty-2022", "claims.csv"), tiny.resolve("claims.csv"));
        Files.writeString(tiny.resolve("case.yaml"), Files.readString(tiny.resolve("case.yaml")) + "claims: claims.csv\n");
        Cli whole = Cli.run("check", tiny.toString());
        assertThat(whole.exitCode()).as(whole.err()).isIn(Main.OK, Main.FINDINGS);
        for (String name : List.of("case.yaml", "clues.csv", "landmarks.csv", "claims.csv")) {
            // most spreadsheet programs end the last row without a line break
            Path file = tiny.resolve(name);
            byte[] sheet = Files.readAllBytes(file);
            Files.writeString(file, new String(sheet, java.nio.charset.StandardCharsets.UTF_8).stripTrailing());
            assertThat(Cli.run("check", tiny.toString()).exitCode()).as(name + " without its final line break").isEqualTo(whole.exitCode());
            Files.write(file, sheet);
        }
        long seed = Fuzz.campaignSeed(4_01_2022L);
        Random random = new Random(seed);
        int rounds = Fuzz.campaignRounds(ROUNDS);
        int bad = 0;
        for (String name : List.of("case.yaml", "clues.csv", "landmarks.csv", "claims.csv")) {
            Path file = tiny.resolve(name);
            byte[] sound = Files.readAllBytes(file);
            for (int round = 0; round < rounds; round++) {
                Fuzz.Damage d = Fuzz.damage(sound, random);
                Files.write(file, d.bytes());

                Cli cli = Cli.run("check", tiny.toString());

                String label = "seed " + seed + ", " + name + " round " + round + " (" + d.what() + ")";
                assertThat(cli.exitCode()).as(label).isIn(Main.OK, Main.FINDINGS, Main.BAD_INPUT);
                assertThat(cli.err()).as(label).doesNotContain("\tat ")
                        .doesNotContainPattern("\\b(java|javax|com|org|io)\\.[\\w.$]+(Exception|Error)\\b");
                if (cli.exitCode() == Main.BAD_INPUT) {
                    bad++;
                    assertThat(cli.err()).as(label).containsPattern("(?m)^error: \\S");
                }
            }
            Files.write(file, sound);
        }
        // most damage is caught as bad input; the rest were harmless (a changed note, a clue that still parses)
        assertThat(bad).isPositive();
    }
}
