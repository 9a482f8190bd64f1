package io.corroborate.app;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import io.corroborate.spi.Analysis;
import io.corroborate.spi.Exporter;
import io.corroborate.spi.SourceImporter;

import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Binds every plugin that {@link ServiceLoader} finds through {@code loader} (the app's own class path
 * plus the jars of the plugins folders) into Guice {@link Multibinder} sets. Plugins stay plain classes:
 * Guice only aggregates them here.
 */
public final class PluginModule extends AbstractModule {
    private final ClassLoader loader;

    public PluginModule(ClassLoader loader) {
        this.loader = Objects.requireNonNull(loader, "loader is null");
    }

    @Override
    protected void configure() {
        bindAll(SourceImporter.class);
        bindAll(Analysis.class);
        bindAll(Exporter.class);
        bind(PluginRegistry.class).asEagerSingleton();
    }

    private <T> void bindAll(Class<T> spi) {
        Multibinder<T> set = Multibinder.newSetBinder(binder(), spi);
        // permitDuplicates keeps two plugins that compare equal; duplicate ids are refused by PluginRegistry
        set.permitDuplicates();
        for (T plugin : ServiceLoader.load(spi, loader)) {
            set.addBinding().toInstance(plugin);
        }
    }
}
