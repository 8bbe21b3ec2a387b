package dev.cambrian.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SPI version plugins state in {@code Plugin-Requires}; the host checks it when it loads them. */
public final class ApiVersion {
    private ApiVersion() {
    }

    /**
     * The version of this api jar.
     *
     * @return the semantic version, e.g. 1.4.0
     */
    public static String current() {
        try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("api-version.properties is missing from the cambrian-api jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
