package io.corroborate.exporter.json;

import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;

import java.io.IOException;

/**
 * Writes {@code case.json}: the whole case and every analysis result, in the layout described by
 * {@code docs/case.schema.json} and {@code docs/outputs.md}. Stateless; the context owns the stream and
 * moves the file into place only when it is complete.
 */
public final class CaseJsonExporter implements Exporter {
    public static final String FILE = "case.json";

    @Override
    public String id() {
        return "case-json";
    }

    @Override
    public String description() {
        return "case.json: the whole case with windows, places, incidents, casualties, verdicts and findings (JSON, schema in docs/case.schema.json)";
    }

    @Override
    public void export(ExportContext context) throws IOException {
        CaseDocument document = CaseDocument.of(context);
        context.writeText(FILE, out -> {
            CaseJson.prettyWriter().writeValue(out, document);
            out.write('\n');
        });
    }
}
