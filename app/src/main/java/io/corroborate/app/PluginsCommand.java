package io.corroborate.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code corroborate plugins}: every importer, analysis and exporter, one per line. */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class, description = "List the installed importers, analyses and exporters: kind, id and description, one per line.")
final class PluginsCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        PluginRegistry p = main.plugins();
        PrintWriter out = spec.commandLine().getOut();
        int width = 0;
        for (Map<String, ?> m : java.util.List.of(p.importers(), p.analyses(), p.exporters())) {
            for (String id : m.keySet()) {
                width = Math.max(width, id.length());
            }
        }
        String format = "%-8s  %-" + width + "s  %s%n";
        p.importers().forEach((id, i) -> out.printf(format, "importer", id, i.description()));
        p.analysesInOrder().forEach(a -> out.printf(format, "analysis", a.id(), a.description()));
        p.exporters().forEach((id, e) -> out.printf(format, "exporter", id, e.description()));
        return Main.OK;
    }
}
