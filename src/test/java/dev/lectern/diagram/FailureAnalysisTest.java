package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.diagram.FailureAnalysis.Verdict;
import org.junit.jupiter.api.Test;

/** The single points of failure and the failure of each node, on the four classic designs. */
class FailureAnalysisTest {

    private static FailureAnalysis.Result analyse(String yaml) {
        return FailureAnalysis.analyse(Designs.parse(yaml), Designs.WORDS);
    }

    // Checks that on one server DNS, the server and each process in it are SPOFs.
    @Test
    void oneServer() {
        assertThat(analyse(Designs.ONE_SERVER).spofs()).containsExactly("dns", "server", "nginx", "app", "db");
    }

    // Checks that the flow is narration only: without it the SPOFs and every status are the same.
    @Test
    void flowNeverChangesTheVerdict() {
        for (String design : new String[] {Designs.ONE_SERVER, Designs.DISTRIBUTED, Designs.SECURED, Designs.SPLIT}) {
            FailureAnalysis.Result with = analyse(design);
            FailureAnalysis.Result without = analyse(design.substring(0, design.indexOf("flow:")));
            assertThat(without.spofs()).isEqualTo(with.spofs());
            assertThat(without.failures()).isEqualTo(with.failures());
        }
    }

    // Checks that with a balancer and two servers DNS, the balancer, the primary database and its server are SPOFs, the web servers not.
    @Test
    void balancerAndTwoServers() {
        FailureAnalysis.Result r = analyse(Designs.DISTRIBUTED);
        assertThat(r.spofs()).containsExactly("dns", "lb", "server1", "db1");
        assertThat(r.failures().get("server1").verdict()).isEqualTo(Verdict.NO_WRITES);
        assertThat(r.failures().get("server2").verdict()).isEqualTo(Verdict.NOTHING);
    }

    // Checks the secured design: DNS (though not on its flow), the firewall in front and the balancer's host are SPOFs; server firewalls and monitoring are not.
    @Test
    void securedAndMonitored() {
        FailureAnalysis.Result r = analyse(Designs.SECURED);
        assertThat(r.spofs()).containsExactly("dns", "fw0", "lbhost", "lb", "server1", "db1");
        assertThat(r.failures().get("dns").status()).isEqualTo("Failed: DNS. No working DNS: browsers cannot look up "
                + "the site's address, so the site is down for everyone. Operators see it on the monitoring.");
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
        assertThat(r.failures().get("web").status()).isEqualTo("Failed: web (one of 3 instances). The other 2 instances "
                + "take over: visitors notice nothing. Nothing here monitors it, so operators may not notice.");
    }

    // Checks the database failure on one server: the status sentence, and that only what lies behind it is unreachable (DNS, Nginx, the app still work).
    @Test
    void oneServerDatabaseFails() {
        FailureAnalysis.Failure f = analyse(Designs.ONE_SERVER).failures().get("db");
        assertThat(f.status()).isEqualTo("Failed: MySQL. No working database: requests end in an error page, so the "
                + "site is down for everyone. Operators hear of it from visitors: nothing here monitors it.");
        assertThat(f.failed()).isEmpty();
        assertThat(f.unreachable()).isEmpty();
        assertThat(f.everyone()).isTrue();
    }

    // Checks that a failed web server leaves DNS unaffected: what lies behind it is unreachable, DNS is not.
    @Test
    void dnsIsNotGreyedByAServerFailure() {
        FailureAnalysis.Failure f = analyse(Designs.ONE_SERVER).failures().get("nginx");
        assertThat(f.unreachable()).containsExactly("app", "db");
        assertThat(f.down()).doesNotContain("dns");
        assertThat(f.status()).startsWith("Failed: Nginx. No working web server: browsers cannot connect");
    }

    // Checks that a failed container takes everything in it (drawn failed, not unreachable).
    @Test
    void containerTakesItsContentsDown() {
        FailureAnalysis.Failure f = analyse(Designs.ONE_SERVER).failures().get("server");
        assertThat(f.failed()).containsExactly("nginx", "app", "db");
        assertThat(f.unreachable()).isEmpty();
        assertThat(f.status()).startsWith(
                "Failed: Server 203.0.113.10 and everything in it. No working web server: browsers cannot connect, so the "
                        + "site is down for everyone.");
    }

    // Checks a redundant node: losing one web server makes only what hangs off it unreachable; visitors notice nothing.
    @Test
    void redundantWebServerFails() {
        FailureAnalysis.Failure f = analyse(Designs.DISTRIBUTED).failures().get("nginx1");
        assertThat(f.isSpof()).isFalse();
        assertThat(f.unreachable()).containsExactly("app1");
        assertThat(f.status()).startsWith("Failed: Nginx 1. Requests take another path: visitors notice nothing.");
    }

    // Checks the primary's failure: reads still work through the replica, writes do not.
    @Test
    void primaryDatabaseFails() {
        FailureAnalysis.Failure f = analyse(Designs.DISTRIBUTED).failures().get("db1");
        assertThat(f.verdict()).isEqualTo(Verdict.NO_WRITES);
        assertThat(f.lost()).containsExactly(new FailureAnalysis.Need(Kind.DB, true));
        assertThat(f.status()).startsWith("Failed: MySQL primary. No working primary database: pages that only read "
                + "still load, but nothing can be saved.");
    }

    // Checks that the monitoring service is no SPOF: visitors notice nothing, operators lose their alerts, its clients are degraded.
    @Test
    void monitoringDegrades() {
        FailureAnalysis.Failure f = analyse(Designs.SECURED).failures().get("monitoring");
        assertThat(f.verdict()).isEqualTo(Verdict.DEGRADED);
        assertThat(f.down()).isEmpty();
        assertThat(f.degraded()).containsExactly("mon0", "mon1", "mon2");
        assertThat(f.status()).isEqualTo("Failed: Monitoring service. Visitors notice nothing. Operators get no alerts "
                + "or metrics until it is back.");
    }

    // --- small tricky graphs ---

    // Checks a cache beside the database: the cache only degrades (pages get slower), the database stays a SPOF.
    @Test
    void cacheBesideTheDatabase() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  web: {kind: web}
                  app: {kind: app}
                  redis: {kind: cache, label: Redis}
                  db: {kind: db}
                edges: [user -> web, web -> app, app -> redis, app -> db]
                """);
        assertThat(r.spofs()).containsExactly("web", "app", "db");
        FailureAnalysis.Failure f = r.failures().get("redis");
        assertThat(f.verdict()).isEqualTo(Verdict.DEGRADED);
        assertThat(f.degraded()).containsExactly("app");
        assertThat(f.status()).startsWith("Failed: Redis. Every page still loads, but pages get slower.");
    }

    // Checks that `needed: true` makes a cache that holds the sessions a SPOF, and `degrades` words a cost.
    @Test
    void neededAndDegradesOverrideTheKind() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  app: {kind: app}
                  sessions: {kind: cache, needed: true}
                  search: {kind: db, degrades: "search finds nothing"}
                edges: [user -> app, app -> sessions, app -> search]
                """);
        assertThat(r.spofs()).containsExactly("app", "sessions");
        assertThat(r.failures().get("search").status()).startsWith("Failed: search. Every page still loads, but search "
                + "finds nothing.");
    }

    // Checks a CDN in front of the balancer: it is on every request's way, so it is a SPOF.
    @Test
    void cdnInFront() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  dns: {kind: dns}
                  cdn: {kind: cdn}
                  lb: {kind: loadbalancer}
                  web1: {kind: web}
                  web2: {kind: web}
                edges: [user -> dns, user -> cdn, cdn -> lb, lb -> web1, lb -> web2]
                """);
        assertThat(r.spofs()).containsExactly("dns", "cdn", "lb");
        assertThat(r.failures().get("cdn").unreachable()).containsExactly("lb", "web1", "web2");
        assertThat(r.failures().get("cdn").status()).contains("No working CDN: browsers cannot connect");
    }

    // Checks two DNS providers: neither is a SPOF; one DNS provider is.
    @Test
    void twoDnsProviders() {
        String two = """
                nodes:
                  user: {kind: user}
                  dns1: {kind: dns}
                  dns2: {kind: dns}
                  web: {kind: web}
                edges: [user -> dns1, user -> dns2, user -> web]
                """;
        assertThat(analyse(two).spofs()).containsExactly("web");
        assertThat(analyse(two.replace("user -> dns2, ", "")).spofs()).containsExactly("dns1", "web");
    }

    // Checks storage shared by two app servers: the storage is a SPOF, the app servers are not.
    @Test
    void storageSharedByTwoAppServers() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  lb: {kind: loadbalancer}
                  app1: {kind: app}
                  app2: {kind: app}
                  nfs: {kind: storage, label: NFS share}
                edges: [user -> lb, lb -> app1, lb -> app2, app1 -> nfs, app2 -> nfs]
                """);
        assertThat(r.spofs()).containsExactly("lb", "nfs");
        assertThat(r.failures().get("nfs").status()).contains("No working storage: requests end in an error page");
    }

    // Checks storage of each app server's own: losing one makes that server useless, not the site.
    @Test
    void storageOfEachAppServer() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  lb: {kind: loadbalancer}
                  app1: {kind: app}
                  app2: {kind: app}
                  disk1: {kind: storage}
                  disk2: {kind: storage}
                edges: [user -> lb, lb -> app1, lb -> app2, app1 -> disk1, app2 -> disk2]
                """);
        assertThat(r.spofs()).containsExactly("lb");
    }

    // Checks a replica that is promoted (role: standby): the primary is no SPOF for writes; a plain replica leaves it one.
    @Test
    void replicaThatIsPromoted() {
        String yaml = """
                nodes:
                  user: {kind: user}
                  app: {kind: app}
                  db1: {kind: db, role: primary}
                  db2: {kind: db, role: standby}
                edges: [user -> app, app -> db1, app -> db2, db1 ..> db2: replication]
                """;
        assertThat(analyse(yaml).spofs()).containsExactly("app");
        FailureAnalysis.Result plain = analyse(yaml.replace("standby", "replica"));
        assertThat(plain.spofs()).containsExactly("app", "db1");
        assertThat(plain.failures().get("db1").verdict()).isEqualTo(Verdict.NO_WRITES);
        assertThat(plain.failures().get("db2").verdict()).isEqualTo(Verdict.NOTHING);
    }

    // Checks a monitoring agent on every node: no agent and not the service is a SPOF; an agent's loss costs its node's metrics.
    @Test
    void monitoringAgentOnEveryNode() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  s1:
                    kind: server
                    contains:
                      web1: {kind: web}
                      agent1: {kind: monitor}
                  s2:
                    kind: server
                    contains:
                      web2: {kind: web}
                      agent2: {kind: monitor}
                  service: {kind: monitor}
                edges: [user -> web1, user -> web2, agent1 -> service, agent2 -> service]
                """);
        assertThat(r.spofs()).isEmpty();
        FailureAnalysis.Failure agent = r.failures().get("agent1");
        assertThat(agent.verdict()).isEqualTo(Verdict.DEGRADED);
        assertThat(agent.status()).isEqualTo("Failed: agent1. Visitors notice nothing. Operators get no metrics from s1 "
                + "until it is back; the rest still reports.");
        assertThat(r.failures().get("s1").status()).endsWith("Requests take another path: visitors notice nothing. "
                + "Operators see it on the monitoring.");
    }

    // Checks that without a user node requests start at the nodes nothing points to, and failing one of them counts.
    @Test
    void withoutUsersRequestsStartWhereNothingPoints() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  app: {kind: app}
                  primary: {kind: db, role: primary}
                  replica: {kind: db, role: replica}
                edges: [app -> primary, app -> replica, primary ..> replica]
                """);
        assertThat(r.spofs()).containsExactly("app", "primary");
    }
}
