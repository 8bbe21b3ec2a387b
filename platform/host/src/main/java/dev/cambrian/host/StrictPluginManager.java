package dev.cambrian.host;

import dev.cambrian.host.sandbox.PluginCode;
import java.nio.file.Path;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;
import org.pf4j.PluginStatusProvider;
import org.pf4j.RuntimeMode;

/**
 * PF4J made strict (docs/architecture.md §5): always DEPLOYMENT mode, the API version set so {@code Plugin-Requires}
 * is checked, a plugin with a missing dependency skipped instead of aborting all loading, the api
 * packages loaded parent-first so every plugin sees the host's one copy of the SPI, and PF4J's
 * {@code enabled.txt} / {@code disabled.txt} ignored.
 */
final class StrictPluginManager extends DefaultPluginManager {
    static final String API_PACKAGE = "dev.cambrian.api.";

    StrictPluginManager(Path pluginsRoot, String apiVersion) {
        super(pluginsRoot);
        setSystemVersion(apiVersion);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    @Override
    public RuntimeMode getRuntimeMode() {
        return RuntimeMode.DEPLOYMENT;
    }

    /**
     * The plugins folder alone decides what loads (and {@code plugins.lock} what may): PF4J's status
     * files would disable a plugin silently, and a disabled plugin looks like a version mismatch.
     */
    @Override
    protected PluginStatusProvider createPluginStatusProvider() {
        return new EveryPluginEnabled();
    }

    /**
     * The manifest alone, as {@link PluginArchive#defect} checks it (a jar without a Plugin-Id there is refused): PF4J's
     * other finder, looked for first, opened each jar as a zip file system to find a plugin.properties, and where a jar
     * had both, took the descriptor from a file the checks never read.
     */
    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new ManifestPluginDescriptorFinder();
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return new ReportingPluginFactory();
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new ApiFirstJarLoader(this));
    }

    private static final class ApiFirstJarLoader extends JarPluginLoader {
        ApiFirstJarLoader(PluginManager manager) {
            super(manager);
        }

        @Override
        protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
            return new ApiFirstClassLoader(pluginManager, descriptor, getClass().getClassLoader());
        }
    }

    private static final class ApiFirstClassLoader extends PluginClassLoader implements PluginCode {
        private final String pluginId;

        ApiFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
            super(manager, descriptor, parent);
            this.pluginId = descriptor.getPluginId();
        }

        @Override
        public String pluginId() {
            return pluginId;
        }

        @Override
        protected boolean shouldDelegateToParent(String className) {
            return className.startsWith(API_PACKAGE) || super.shouldDelegateToParent(className);
        }
    }

    private static final class EveryPluginEnabled implements PluginStatusProvider {
        @Override
        public boolean isPluginDisabled(String pluginId) {
            return false;
        }

        @Override
        public void disablePlugin(String pluginId) {
            throw new UnsupportedOperationException("plugins are not disabled here: remove " + pluginId + "'s jar instead");
        }

        @Override
        public void enablePlugin(String pluginId) {
            // every plugin is enabled already
        }
    }
}
