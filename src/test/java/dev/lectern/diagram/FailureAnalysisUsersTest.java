package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The failure analysis where "who loses what" matters: several groups of users, diagrams without a
 * user node, and two instances (the smallest redundancy).
 */
class FailureAnalysisUsersTest {
    private static FailureAnalysis.Result analyse(String yaml) {
        return FailureAnalysis.analyse(Designs.parse(yaml));
    }

    static final String TWO_GROUPS = """
            nodes:
              office: {kind: user, label: Office}
              public: {kind: user, label: Public}
              vpn: {kind: firewall, label: VPN}
              lb: {kind: loadbalancer, label: HAProxy}
              web: {kind: web, label: Nginx}
            edges: [office -> vpn, vpn -> web, public -> lb, lb -> web]
            """;

    // Checks that a failure cutting off one group of two is "down for some visitors", not for everyone.
    @Test
    void oneGroupOfTwoLosesTheSite() {
        FailureAnalysis.Failure vpn = analyse(TWO_GROUPS).failures().get("vpn");
        assertThat(vpn.isSpof()).isTrue();
        assertThat(vpn.everyone()).isFalse();
        assertThat(vpn.status()).isEqualTo("Failed: VPN. No path to a web server: the site is down for some visitors.");
        FailureAnalysis.Failure web = analyse(TWO_GROUPS).failures().get("web");
        assertThat(web.everyone()).isTrue();
        assertThat(web.status()).isEqualTo("Failed: Nginx. No path to a web server: the site is down for everyone.");
        assertThat(analyse(TWO_GROUPS).spofs()).containsExactly("vpn", "lb", "web");
    }

    // Checks a lost primary for one group only: "nothing can be saved for some visitors".
    @Test
    void oneGroupLosesWrites() {
        FailureAnalysis.Failure f = analyse("""
                nodes:
                  office: {kind: user, label: Office}
                  public: {kind: user, label: Public}
                  web: {kind: web, replicas: 2}
                  gw: {kind: firewall, label: Gateway}
                  primary: {kind: db, label: Primary}
                  replica: {kind: db, role: replica, label: Replica}
                edges: [office -> web, public -> web, web -> replica, office -> gw, gw -> primary]
                """).failures().get("gw");
        assertThat(f.lost()).containsExactly(new FailureAnalysis.Need(Kind.DB, true));
        assertThat(f.everyone()).isFalse();
        assertThat(f.status()).isEqualTo("Failed: Gateway. No path to a primary database: pages that only read may "
                + "still load, but nothing can be saved for some visitors.");
    }

    // Checks a diagram without a user node: requests start at the nodes nothing points to.
    @Test
    void withoutAUserNode() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  lb: {kind: loadbalancer, label: HAProxy}
                  web: {kind: web, label: Nginx}
                  app: {kind: app, label: App, replicas: 3}
                  db: {kind: db, label: MySQL}
                  monitor: {kind: monitor, label: Monitoring}
                edges: [lb -> web, web -> app, app -> db, monitor -> lb]
                """);
        // monitor is the only node nothing points to: requests start there and need the web server and the database
        assertThat(r.needs()).extracting(FailureAnalysis.Need::kind).containsExactly(Kind.WEB, Kind.APP, Kind.DB);
        assertThat(r.spofs()).contains("lb", "web", "db").doesNotContain("app");
        assertThat(r.failures().get("db").everyone()).isTrue();
        assertThat(r.failures().get("db").status())
                .isEqualTo("Failed: MySQL. No path to a database: the site is down for everyone.");
    }

    // Checks that two instances are enough: replicas: 2, on a node or on its container, is no SPOF.
    @Test
    void twoInstancesAreNoSpof() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  web: {kind: web, label: Nginx, replicas: 2}
                  pool:
                    kind: server
                    label: App pool
                    replicas: 2
                    contains:
                      app: {kind: app, label: App}
                  db: {kind: db, label: MySQL}
                edges: [user -> web, web -> app, app -> db]
                """);
        assertThat(r.spofs()).containsExactly("db");
        assertThat(r.failures().get("web").status())
                .isEqualTo("Failed: Nginx (one of 2 instances). The other 1 instance takes over: the visitor notices nothing.");
        assertThat(r.failures().get("app").isSpof()).isFalse();
        assertThat(r.failures().get("app").status()).startsWith("Failed: App (one of 2 instances).");
        assertThat(r.failures().get("pool").down()).isEmpty();
    }
}
