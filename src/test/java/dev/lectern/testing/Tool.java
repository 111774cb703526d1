package dev.lectern.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * An outside program that some tests drive, where it is looked for, and how to install it. A system
 * property (or JUnit configuration parameter) {@code lectern.test.<name>} points a tool elsewhere, so a
 * machine without it can be imitated: {@code -Dlectern.test.chromium=/nonexistent}.
 */
public enum Tool {
    CHROMIUM("chromium", "/usr/bin/chromium", "apt-get install -y chromium chromium-driver"),
    CHROMEDRIVER("chromedriver", "/usr/bin/chromedriver", "apt-get install -y chromium chromium-driver"),
    NGINX("nginx", "/usr/sbin/nginx", "apt-get install -y nginx"),
    /** util-linux's {@code script}: runs a command under a pseudo-terminal. */
    SCRIPT("script", "/usr/bin/script", "apt-get install -y bsdutils"),
    PYTHON3("python3", "/usr/bin/python3", "apt-get install -y python3");

    private final String name;
    private final String debianPath;
    private final String install;

    Tool(String name, String debianPath, String install) {
        this.name = name;
        this.debianPath = debianPath;
        this.install = install;
    }

    /** The tools a browser test needs: Chromium and its matching driver. */
    public static final List<Tool> BROWSER = List.of(CHROMIUM, CHROMEDRIVER);

    public String install() {
        return install;
    }

    public String property() {
        return "lectern.test." + name;
    }

    /** Where the tool is, as this JVM's system properties and PATH say, or null. */
    public Path find() {
        return find(System::getProperty);
    }

    /**
     * Where the tool is, or null: the configured path if {@code config} names one (and nothing else then),
     * else Debian's place, else the first match on the PATH.
     */
    public Path find(UnaryOperator<String> config) {
        String configured = config.apply(property());
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            return Files.isExecutable(p) ? p : null;
        }
        Path debian = Path.of(debianPath);
        if (Files.isExecutable(debian)) return debian;
        String path = System.getenv("PATH");
        if (path == null) return null;
        return Stream.of(path.split(File.pathSeparator)).filter(s -> !s.isEmpty()).map(s -> Path.of(s, name))
                .filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Where the tool is; an {@link IllegalStateException} naming the install command if it is missing. */
    public Path require() {
        Path p = find();
        if (p == null) throw new IllegalStateException(missing(List.of(this)));
        return p;
    }

    /** "chromium, chromedriver not installed (apt-get install -y ...)" for the given missing tools. */
    public static String missing(List<Tool> tools) {
        List<String> names = new ArrayList<>();
        List<String> installs = new ArrayList<>();
        for (Tool t : tools) {
            names.add(t.name);
            if (!installs.contains(t.install)) installs.add(t.install);
        }
        return String.join(", ", names) + " not installed; install with: " + String.join(" && ", installs);
    }

    @Override
    public String toString() {
        return name;
    }
}
