package io.corroborate.app;

import com.google.inject.Guice;
import com.google.inject.ProvisionException;
import com.google.inject.CreationException;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the plugins: those on the app's class path plus every jar in the plugins folders
 * ({@code --plugins DIR}, else {@code plugins/} in the Corroborate home folder and next to the jar).
 */
public final class Plugins {
    private Plugins() {
    }

    /** The plugins folders to look in when none is named on the command line. */
    public static List<Path> defaultFolders() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("corroborate.home");
        if (home != null && !home.isBlank()) {
            folders.add(Path.of(home, "plugins"));
        }
        try {
            Path jar = Path.of(Plugins.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar) && jar.getParent() != null) {
                folders.add(jar.getParent().resolve("plugins"));
            }
        } catch (Exception e) {
            // running from classes (tests, IDE): there is no jar to look next to
        }
        return folders.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    }

    /** Loads the registry from the app's class path and the jars in {@code folders} (missing folders are skipped). */
    public static PluginRegistry load(List<Path> folders) throws InputException {
        List<URL> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path jar : files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                    jars.add(jar.toUri().toURL());
                }
            } catch (MalformedURLException e) {
                throw new InputException(folder + ": cannot use a plugin jar: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new InputException(folder + ": cannot list the plugins folder: " + e.getMessage(), e);
            }
        }
        ClassLoader parent = Plugins.class.getClassLoader();
        ClassLoader loader = jars.isEmpty() ? parent : new URLClassLoader(jars.toArray(URL[]::new), parent);
        try {
            return Guice.createInjector(new PluginModule(loader)).getInstance(PluginRegistry.class);
        } catch (CreationException | ProvisionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (e instanceof CreationException ce && !ce.getErrorMessages().isEmpty()
                    && ce.getErrorMessages().iterator().next().getCause() != null) {
                cause = ce.getErrorMessages().iterator().next().getCause();
            }
            throw new InputException("cannot load the plugins: " + cause.getMessage(), e);
        } catch (java.util.ServiceConfigurationError e) {
            throw new InputException("cannot load a plugin: " + e.getMessage(), e);
        }
    }
}
