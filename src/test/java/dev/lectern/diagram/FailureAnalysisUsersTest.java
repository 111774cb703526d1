package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The failure analysis where "who loses what" matters: several groups of users, diagrams without a
 * user node, and two instances (the smallest redundancy).
 */
class FailureAnalysisUsersTest {
    private static FailureAnalysis.Result analyse(String yaml) {
        return FailureAnalysis.analyse(Designs.parse(yaml), Designs.WORDS);
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
        assertThat(vpn.verdict()).isEqualTo(FailureAnalysis.Verdict.DOWN_SOME);
        assertThat(vpn.visitorSees()).isEqualTo("No working firewall: browsers cannot connect, so the site is down for "
                + "some visitors.");
        FailureAnalysis.Failure web = analyse(TWO_GROUPS).failures().get("web");
        assertThat(web.everyone()).isTrue();
        assertThat(web.verdict()).isEqualTo(FailureAnalysis.Verdict.DOWN_ALL);
        assertThat(web.visitorSees()).isEqualTo("No working web server: browsers cannot connect, so the site is down for "
                + "everyone.");
        assertThat(analyse(TWO_GROUPS).spofs()).containsExactly("vpn", "lb", "web");
    }

    // Checks a lost primary for one group only: "nothing can be saved for some visitors" (each group writes
    // to its own primary and reads from a shared replica; in the failure model a node's edges to one kind are
    // alternatives, so a second kind on the way, such as a gateway, would be needed for reads too).
    @Test
    void oneGroupLosesWrites() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  office: {kind: user, label: Office}
                  public: {kind: user, label: Public}
                  intranet: {kind: web, label: Intranet}
                  site: {kind: web, label: Site}
                  primary: {kind: db, label: Office primary}
                  primary2: {kind: db, label: Site primary}
                  replica: {kind: db, role: replica, label: Replica}
                edges: [office -> intranet, public -> site, intranet -> primary, intranet -> replica,
                        site -> primary2, site -> replica]
                """);
        FailureAnalysis.Failure f = r.failures().get("primary");
        assertThat(f.verdict()).isEqualTo(FailureAnalysis.Verdict.NO_WRITES);
        assertThat(f.lost()).containsExactly(new FailureAnalysis.Need(Kind.DB, true));
        assertThat(f.everyone()).isFalse();
        assertThat(f.visitorSees()).isEqualTo("No working primary database: pages that only read still load, but "
                + "nothing can be saved for some visitors.");
        FailureAnalysis.Failure replica = r.failures().get("replica");
        assertThat(replica.verdict()).isEqualTo(FailureAnalysis.Verdict.NOTHING);
        assertThat(r.spofs()).containsExactly("intranet", "site", "primary", "primary2");
    }

    // Checks the words for a lost primary of a kind other than the database: "primary" and the kind's noun, in one line.
    @Test
    void lostPrimaryWebServer() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  user: {kind: user}
                  web1: {kind: web, label: Web 1}
                  web2: {kind: web, role: replica, label: Web 2}
                edges: [user -> web1, user -> web2]
                """);
        assertThat(r.failures().get("web1").visitorSees()).isEqualTo("No working primary web server: pages that only "
                + "read still load, but nothing can be saved.");
    }

    // Checks a diagram without a user node: requests start at the nodes nothing points to (here the balancer;
    // the monitor is pointed to, and is never needed).
    @Test
    void withoutAUserNode() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  lb: {kind: loadbalancer, label: HAProxy}
                  web: {kind: web, label: Nginx}
                  app: {kind: app, label: App, replicas: 3}
                  db: {kind: db, label: MySQL}
                  monitor: {kind: monitor, label: Monitoring}
                edges: [lb -> web, web -> app, app -> db, lb -> monitor]
                """);
        assertThat(r.needs()).extracting(FailureAnalysis.Need::kind)
                .containsExactly(Kind.LOADBALANCER, Kind.WEB, Kind.APP, Kind.DB);
        assertThat(r.spofs()).containsExactly("lb", "web", "db");
        assertThat(r.failures().get("db").everyone()).isTrue();
        assertThat(r.failures().get("db").status()).isEqualTo("Failed: MySQL. No working database: requests end in "
                + "an error page, so the site is down for everyone. Operators see it on the monitoring.");
        assertThat(r.failures().get("monitor").verdict()).isEqualTo(FailureAnalysis.Verdict.DEGRADED);
    }

    // Checks a container that holds visitors (an office with its own server): failing it, those visitors are
    // gone with it, so the verdict counts the others; this once threw IndexOutOfBoundsException while drawing.
    @Test
    void aFailedContainerTakesItsVisitorsWithIt() {
        FailureAnalysis.Result r = analyse("""
                nodes:
                  office:
                    kind: datacenter
                    label: Office
                    contains:
                      staff: {kind: user, label: Staff}
                      printer: {kind: app, label: Print server}
                  public: {kind: user, label: Public}
                  web: {kind: web, label: Nginx}
                edges: [staff -> printer, staff -> web, public -> web]
                """);
        FailureAnalysis.Failure office = r.failures().get("office");
        assertThat(office.verdict()).isEqualTo(FailureAnalysis.Verdict.NOTHING);
        assertThat(office.failed()).containsExactly("staff", "printer");
        assertThat(office.unreachable()).isEmpty();
        assertThat(office.status()).startsWith("Failed: Office and everything in it. ");
        assertThat(r.failures().get("web").everyone()).isTrue();
        assertThat(r.spofs()).containsExactly("printer", "web");
        // and the whole block draws it
        dev.lectern.diag.Diagnostics diagnostics = new dev.lectern.diag.Diagnostics();
        Diagram d = Designs.parse("""
                nodes:
                  office:
                    kind: datacenter
                    contains:
                      staff: {kind: user}
                      printer: {kind: app}
                  web: {kind: web}
                edges: [staff -> printer, staff -> web]
                """);
        assertThat(DiagramBlock.draw(d, FailureAnalysis.analyse(d, Designs.WORDS), new SvgWriter.Text("D", "", "SPOF"))).contains("data-node=\"staff\"");
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
        assertThat(r.failures().get("web").visitorSees())
                .isEqualTo("The other 1 instance takes over: visitors notice nothing.");
        assertThat(r.failures().get("web").status()).startsWith("Failed: Nginx (one of 2 instances). ");
        assertThat(r.failures().get("app").isSpof()).isFalse();
        assertThat(r.failures().get("app").status()).startsWith("Failed: App (one of 2 instances).");
        assertThat(r.failures().get("pool").down()).isEmpty();
    }
}
