package io.corroborate.app;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-02-01T10:00:00Z"), ZoneOffset.UTC);

    static Cli run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.execute(args, out, err, CLOCK);
        return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
