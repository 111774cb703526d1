package dev.lectern.diagram;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a diagram node stands for; each kind has its own icon and a name used in sentences. */
public enum Kind {
    USER("user", "visitor", "a visitor"),
    DNS("dns", "DNS server", "DNS"),
    CDN("cdn", "CDN", "a CDN"),
    FIREWALL("firewall", "firewall", "a firewall"),
    LOADBALANCER("loadbalancer", "load balancer", "a load balancer"),
    SERVER("server", "server", "a server"),
    WEB("web", "web server", "a web server"),
    APP("app", "application server", "an application server"),
    DB("db", "database", "a database"),
    CACHE("cache", "cache", "a cache"),
    QUEUE("queue", "queue", "a queue"),
    MONITOR("monitor", "monitoring", "monitoring"),
    STORAGE("storage", "storage", "storage"),
    DATACENTER("datacenter", "data centre", "a data centre");

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
    private final String noun;
    private final String withArticle;

    Kind(String id, String noun, String withArticle) {
        this.id = id;
        this.noun = noun;
        this.withArticle = withArticle;
    }

    /**
     * Whether a node of this kind is, by default, not needed by requests: its failure degrades the
     * site (a cache, a queue, monitoring) instead of stopping it.
     */
    public boolean degrades() {
        return this == CACHE || this == QUEUE || this == MONITOR;
    }

    /** What losing a node of a degrading kind costs, by default; null for the other kinds. */
    public String degradation() {
        return switch (this) {
            case CACHE -> "pages get slower";
            case QUEUE -> "background work waits until it is back";
            case MONITOR -> "operators get no alerts or metrics";
            default -> null;
        };
    }

    /** Whether what this kind's failure costs is seen by operators rather than visitors. */
    public boolean forOperators() {
        return this == MONITOR;
    }

    /** As written in the block: {@code loadbalancer}. */
    public String id() {
        return id;
    }

    /** For lists: "load balancer". */
    public String noun() {
        return noun;
    }

    /** For sentences: "a load balancer". */
    public String withArticle() {
        return withArticle;
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
