package io.corroborate.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * {@code corroborate}: the command line. Exit codes: 0 success; 1 the case has findings of severity
 * error; 2 bad input or usage, with a one-line message naming the file and the record.
 */
@Command(name = "corroborate", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Verify and sequence user-generated evidence of a violent event: import sources, "
                + "solve when and where each item was recorded, group incidents, test claims, write a report.",
        subcommands = {PluginsCommand.class, ImportCommand.class, RunCommand.class, CheckCommand.class,
                SunCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the case has findings of severity error (conflicting clues, contradictions)",
                "2:bad input or usage (the message names the file and the record)"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of plugin jars (default: plugins/ in the Corroborate folder and next to the jar).")
    List<Path> pluginFolders;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Show stack traces and debug progress.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Clock clock = Clock.systemUTC();
    private java.io.OutputStream stdout = System.out;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    PluginRegistry plugins() throws InputException {
        return Plugins.load(pluginFolders == null || pluginFolders.isEmpty() ? Plugins.defaultFolders() : pluginFolders);
    }

    Clock clock() {
        return clock;
    }

    /** Standard output as bytes, for data (JSON Lines); flushed, never closed, by the commands. */
    java.io.OutputStream stdout() {
        spec.commandLine().getOut().flush();
        return stdout;
    }

    @SuppressWarnings("unused") // held so that freeing it leaves room to report running out of memory
    private static volatile byte[] reserve;

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, java.io.OutputStream stdout, java.io.OutputStream stderr, Clock clock) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(stderr, java.nio.charset.StandardCharsets.UTF_8), true);
        Main main = new Main();
        main.clock = clock;
        main.stdout = stdout;
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof InputException) {
                err.println("error: " + ex.getMessage());
                if (main.verbose && ex.getCause() != null) {
                    ex.getCause().printStackTrace(err);
                }
                err.flush();
                return BAD_INPUT;
            }
            throw ex;
        });
        int code = guarded(() -> cl.execute(args), args.length > 0 ? args[0] : "corroborate", err);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs a command, turning a Java heap exhausted by the input (a case bigger than the memory given to
     * Java) into one line and exit 2 rather than a JVM stack trace.
     */
    static int guarded(java.util.function.IntSupplier command, String name, PrintWriter err) {
        // room for the message: the heap is full when the error comes
        reserve = new byte[1 << 16];
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            reserve = null;
            err.println("error: '" + name + "' ran out of memory (the Java heap may use at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give Java more, e.g. CORROBORATE_JAVA_OPTS=-Xmx4g bin/corroborate …");
            err.flush();
            return BAD_INPUT;
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err, Clock.systemUTC()));
    }

    /** The version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"corroborate " + Version.current()};
        }
    }
}
