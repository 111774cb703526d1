package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The single points of failure and the failure of each node, on the four classic designs. */
class FailureAnalysisTest {

    private static FailureAnalysis.Result analyse(String yaml) {
        return FailureAnalysis.analyse(Designs.parse(yaml));
    }

    // Checks that on one server the server and each process in it are SPOFs (and DNS, which is on the flow).
    @Test
    void oneServer() {
        assertThat(analyse(Designs.ONE_SERVER).spofs()).containsExactly("dns", "server", "nginx", "app", "db");
    }

    // Checks that without a flow only web, app and db are needed: DNS is then no SPOF.
    @Test
    void oneServerWithoutFlow() {
        String yaml = Designs.ONE_SERVER.substring(0, Designs.ONE_SERVER.indexOf("flow:"));
        assertThat(analyse(yaml).spofs()).containsExactly("server", "nginx", "app", "db");
    }

    // Checks that with a balancer and two servers the balancer and the primary database are SPOFs, the web servers not.
    @Test
    void balancerAndTwoServers() {
        FailureAnalysis.Result r = analyse(Designs.DISTRIBUTED);
        assertThat(r.spofs()).containsExactly("dns", "lb", "server1", "db1");
        assertThat(r.spofs()).doesNotContain("nginx1", "nginx2", "app1", "app2", "server2", "db2");
    }

    // Checks the secured design: the firewall in front and the balancer's host are SPOFs; server firewalls, monitoring and DNS (not on this flow) are not.
    @Test
    void securedAndMonitored() {
        FailureAnalysis.Result r = analyse(Designs.SECURED);
        assertThat(r.spofs()).containsExactly("fw0", "lbhost", "lb", "server1", "db1");
    }

    // Checks the split design: two balancers, two web and two app servers leave only DNS and the primary.
    @Test
    void componentsOnTheirOwnServers() {
        assertThat(analyse(Designs.SPLIT).spofs()).containsExactly("dns", "dbp");
    }

    // Checks that replicas: 3 removes a SPOF while the single balancer and database stay SPOFs.
    @Test
    void replicasRemoveASpof() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  lb: {kind: loadbalancer}
                  web: {kind: web, replicas: 3}
                  db: {kind: db}
                edges: [user -> lb, lb -> web, web -> db]
                """);
        assertThat(r.spofs()).containsExactly("lb", "db");
        assertThat(r.failures().get("web").status())
                .isEqualTo("Failed: web (one of 3 instances). The other 2 instances take over: the visitor notices nothing.");
    }

    // Checks the database failure on one server: the status sentence and that the whole request path greys out.
    @Test
    void oneServerDatabaseFails() {
        FailureAnalysis.Failure f = analyse(Designs.ONE_SERVER).failures().get("db");
        assertThat(f.status()).isEqualTo("Failed: MySQL. No path to a database: the site is down for everyone.");
        assertThat(f.down()).containsExactly("dns", "nginx", "app");
        assertThat(f.everyone()).isTrue();
    }

    // Checks that a failed container takes down everything in it.
    @Test
    void containerTakesItsContentsDown() {
        FailureAnalysis.Failure f = analyse(Designs.ONE_SERVER).failures().get("server");
        assertThat(f.down()).contains("nginx", "app", "db");
        assertThat(f.status()).isEqualTo(
                "Failed: Server 203.0.113.10 and everything in it. No path to a web server: the site is down for everyone.");
    }

    // Checks a redundant node: losing one web server greys only what hangs off it and the visitor notices nothing.
    @Test
    void redundantWebServerFails() {
        FailureAnalysis.Failure f = analyse(Designs.DISTRIBUTED).failures().get("nginx1");
        assertThat(f.isSpof()).isFalse();
        assertThat(f.down()).containsExactly("app1");
        assertThat(f.status()).isEqualTo("Failed: Nginx 1. Requests still have another path: the visitor notices nothing.");
    }

    // Checks the primary's failure: reads still work through the replica, writes do not.
    @Test
    void primaryDatabaseFails() {
        FailureAnalysis.Failure f = analyse(Designs.DISTRIBUTED).failures().get("db1");
        assertThat(f.lost()).containsExactly(new FailureAnalysis.Need(Kind.DB, true));
        assertThat(f.status()).isEqualTo("Failed: MySQL primary. No path to a primary database: pages that only read "
                + "may still load, but nothing can be saved.");
    }

    // Checks that a node requests never reach (the monitoring service) is no SPOF and greys nothing.
    @Test
    void monitoringIsNotNeeded() {
        FailureAnalysis.Failure f = analyse(Designs.SECURED).failures().get("monitoring");
        assertThat(f.isSpof()).isFalse();
        assertThat(f.down()).isEmpty();
        assertThat(f.status()).endsWith("Requests do not depend on it: the visitor notices nothing.");
    }
}
