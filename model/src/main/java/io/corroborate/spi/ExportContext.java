package io.corroborate.spi;

import io.corroborate.model.AnalysisResult;
import io.corroborate.model.Case;
import io.corroborate.model.Profile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** What an exporter gets: the case, what analyses derived, the profile, and a safe way to write files. */
public interface ExportContext {
    /** The case (already redacted when the profile is public). */
    Case theCase();

    AnalysisResult result();

    Profile profile();

    /** The version of Corroborate that writes the outputs. */
    String toolVersion();

    /** When this run started; the only run-dependent value an output may contain. */
    Instant runStartedAt();

    /** The output folder. Exporters write through {@link #write}, never directly. */
    Path outputDirectory();

    /**
     * Writes {@code relativeName} (which may contain sub-folders, never {@code ..}) atomically: the body
     * writes to a temporary file that is moved into place only when the body returns normally. The
     * context owns the stream and closes it; the body must not keep it.
     */
    void write(String relativeName, Body<OutputStream> body) throws IOException;

    /** {@link #write} for UTF-8 text. */
    void writeText(String relativeName, Body<Writer> body) throws IOException;

    /** The files written so far in this run, relative to the output folder, in the order written. */
    List<String> written();

    /** A piece of code that writes to a stream the context owns. */
    @FunctionalInterface
    interface Body<T> {
        void writeTo(T out) throws IOException;
    }
}
