package io.corroborate.spi;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Profile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An {@link ExportContext} writing into a folder, each file through a temporary file and an atomic move. */
public class DirectoryExportContext implements ExportContext {
    private final Case theCase;
    private final AnalysisResult result;
    private final Profile profile;
    private final String toolVersion;
    private final Instant runStartedAt;
    private final Path outputDirectory;
    private final List<String> written = new ArrayList<>();

    public DirectoryExportContext(Case theCase, AnalysisResult result, Profile profile, String toolVersion, Instant runStartedAt, Path outputDirectory) {
        this.theCase = Objects.requireNonNull(theCase, "theCase is null");
        this.result = Objects.requireNonNull(result, "result is null");
        this.profile = Objects.requireNonNull(profile, "profile is null");
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion is null");
        this.runStartedAt = Objects.requireNonNull(runStartedAt, "runStartedAt is null");
        this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory is null");
    }

    @Override public Case theCase() { return theCase; }
    @Override public AnalysisResult result() { return result; }
    @Override public Profile profile() { return profile; }
    @Override public String toolVersion() { return toolVersion; }
    @Override public Instant runStartedAt() { return runStartedAt; }
    @Override public Path outputDirectory() { return outputDirectory; }

    @Override
    public synchronized List<String> written() {
        return List.copyOf(written);
    }

    @Override
    public void write(String relativeName, Body<OutputStream> body) throws IOException {
        Path target = target(relativeName);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        boolean done = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                body.writeTo(new NonClosing(out));
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
        synchronized (this) {
            written.remove(relativeName);
            written.add(relativeName);
        }
    }

    @Override
    public void writeText(String relativeName, Body<Writer> body) throws IOException {
        write(relativeName, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.writeTo(w);
            w.flush();
        });
    }

    private Path target(String relativeName) {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Path t = root.resolve(relativeName).normalize();
        if (relativeName.isBlank() || Path.of(relativeName).isAbsolute() || !t.startsWith(root) || t.equals(root)) {
            throw new IllegalArgumentException("output name '" + relativeName + "' must be a relative path inside the output folder");
        }
        return t;
    }

    /** Keeps the body from closing the stream the context owns. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
