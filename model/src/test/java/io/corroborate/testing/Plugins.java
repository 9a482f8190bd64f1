package io.corroborate.testing;

import java.util.ServiceLoader;

/** Test helper: proves a plugin is listed in META-INF/services and found by {@link ServiceLoader}. */
public final class Plugins {
    private Plugins() {
    }

    /**
     * The plugin of {@code type} that {@link ServiceLoader} finds on the class path with the given
     * class, or an {@link AssertionError} naming what it found instead.
     */
    public static <T> T discovered(Class<T> spi, Class<? extends T> implementation) {
        StringBuilder found = new StringBuilder();
        for (T p : ServiceLoader.load(spi)) {
            if (p.getClass() == implementation) {
                return p;
            }
            found.append(' ').append(p.getClass().getName());
        }
        throw new AssertionError(implementation.getName() + " is not listed in META-INF/services/" + spi.getName()
                + "; found:" + (found.length() == 0 ? " nothing" : found));
    }
}
