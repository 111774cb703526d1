package dev.lectern.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a diagram node stands for; each kind has its own icon, and its words in the theme ({@code partials/text/diagram.jte}). */
public enum Kind {
    USER("user"),
    DNS("dns"),
    CDN("cdn"),
    FIREWALL("firewall"),
    LOADBALANCER("loadbalancer"),
    SERVER("server"),
    WEB("web"),
    APP("app"),
    DB("db"),
    CACHE("cache"),
    QUEUE("queue"),
    MONITOR("monitor"),
    STORAGE("storage"),
    DATACENTER("datacenter");

    /** Words authors often write for a kind; an error suggests the kind. */
    private static final Map<String, Kind> ALIASES = Map.ofEntries(
            Map.entry("database", DB), Map.entry("mysql", DB), Map.entry("postgres", DB),
            Map.entry("lb", LOADBALANCER), Map.entry("load-balancer", LOADBALANCER),
            Map.entry("load_balancer", LOADBALANCER), Map.entry("balancer", LOADBALANCER),
            Map.entry("webserver", WEB), Map.entry("nginx", WEB), Map.entry("application", APP),
            Map.entry("appserver", APP), Map.entry("browser", USER), Map.entry("client", USER),
            Map.entry("host", SERVER), Map.entry("machine", SERVER), Map.entry("dc", DATACENTER),
            Map.entry("data-center", DATACENTER), Map.entry("datacentre", DATACENTER),
            Map.entry("monitoring", MONITOR), Map.entry("disk", STORAGE), Map.entry("files", STORAGE),
            Map.entry("redis", CACHE), Map.entry("memcached", CACHE), Map.entry("fw", FIREWALL));

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /**
     * Whether a node of this kind is, by default, not needed by requests: its failure degrades the
     * site (a cache, a queue, monitoring) instead of stopping it.
     */
    public boolean degrades() {
        return this == CACHE || this == QUEUE || this == MONITOR;
    }

    /** Whether what this kind's failure costs is seen by operators rather than visitors. */
    public boolean forOperators() {
        return this == MONITOR;
    }

    /** As written in the block: {@code loadbalancer}. */
    public String id() {
        return id;
    }

    public static Optional<Kind> of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** A kind the author probably meant by a word that is not one ({@code database} -> {@code db}). */
    public static Optional<Kind> alias(String word) {
        return Optional.ofNullable(ALIASES.get(word.toLowerCase()));
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Kind::id).toList();
    }
}
