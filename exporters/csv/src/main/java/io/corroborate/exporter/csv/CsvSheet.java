package io.corroborate.exporter.csv;

import io.corroborate.model.Profile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * How every CSV of this module starts: UTF-8 with a byte order mark (so Excel reads it as UTF-8), RFC
 * 4180 quoting with CRLF record ends, then, in the public profile only, one record holding
 * {@link Profile#PUBLIC_NOTICE} alone, then the header record.
 */
final class CsvSheet {
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().build();
    static final char BOM = '\uFEFF';

    private CsvSheet() {
    }

    /**
     * A printer positioned after the header. The caller flushes it and must not close it: the export
     * context owns the writer.
     */
    static CSVPrinter open(Writer out, Profile profile, List<String> header) throws IOException {
        out.write(BOM);
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        if (profile == Profile.PUBLIC) {
            printer.printRecord(Profile.PUBLIC_NOTICE);
        }
        printer.printRecord(header);
        return printer;
    }
}
