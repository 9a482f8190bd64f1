package io.corroborate.exporter.html;

import io.corroborate.spi.ExportContext;
import io.corroborate.spi.Exporter;

import java.io.IOException;

/**
 * Writes {@code report.html}: one self-contained page (no network, no script) with summary figures,
 * a timeline with day/night shading, a map drawn from the case's coordinates, one section per
 * incident (with its videos, items, claims and findings), the claims with their verdicts, the findings
 * and the source files. The same case and result give the same bytes: the page holds no run time
 * (custody.csv does). Stateless; the context owns the output stream. See docs/report.md.
 */
public final class HtmlReportExporter implements Exporter {
    public static final String ID = "report-html";
    public static final String FILE_NAME = "report.html";

    public HtmlReportExporter() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "report.html: a self-contained report page with figures, timeline, map, incidents, claims and findings";
    }

    @Override
    public void export(ExportContext context) throws IOException {
        String page = new ReportPage(context.theCase(), context.result(), context.profile(), context.toolVersion()).render();
        context.writeText(FILE_NAME, w -> w.write(page));
    }
}
