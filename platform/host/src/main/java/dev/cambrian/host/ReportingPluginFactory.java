package dev.cambrian.host;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.Plugin;
import org.pf4j.PluginWrapper;

/**
 * Creates a plugin's {@code Plugin-Class} and, where PF4J would log the cause and hand back null (to
 * be reported as its own NullPointerException), throws it: the user sees why the class failed.
 */
final class ReportingPluginFactory extends DefaultPluginFactory {
    @Override
    public Plugin create(PluginWrapper wrapper) {
        String name = wrapper.getDescriptor().getPluginClass();
        if (name == null || name.isBlank() || name.equals(Plugin.class.getName())) {
            return super.create(wrapper); // PF4J's own plugin class: nothing of the plugin's runs
        }
        Class<?> type;
        try {
            type = wrapper.getPluginClassLoader().loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Plugin-Class " + name + " is not in the jar", e);
        } catch (LinkageError e) {
            throw new IllegalStateException("Plugin-Class " + name + " cannot be loaded: " + Guard.describe(e), e);
        }
        if (!Plugin.class.isAssignableFrom(type) || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalStateException("Plugin-Class " + name + " is not a concrete subclass of " + Plugin.class.getName());
        }
        try {
            Constructor<?> constructor = constructor(type);
            Object plugin = constructor.getParameterCount() == 0 ? constructor.newInstance() : constructor.newInstance(wrapper);
            return (Plugin) plugin;
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Plugin-Class " + name + ": constructor failed: " + Guard.describe(e.getCause()),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Plugin-Class " + name + " cannot be created: " + Guard.describe(e), e);
        }
    }

    /** A public no-argument constructor, or PF4J's older one taking the PluginWrapper. */
    private static Constructor<?> constructor(Class<?> type) throws NoSuchMethodException {
        try {
            return type.getConstructor();
        } catch (NoSuchMethodException e) {
            return type.getConstructor(PluginWrapper.class);
        }
    }
}
