package dev.lectern.diagram;

import dev.lectern.diag.Diagnostics;

/** The four classic designs of the course (and the one-server example), as diagram YAML. */
final class Designs {
    /** The built-in theme's partials: the words of the analysis, the drawing and the quiz. */
    static final dev.lectern.blocks.Markup WORDS = dev.lectern.render.Templates.builtIn().partials();

    private Designs() {}

    static final String ONE_SERVER = """
            title: One server for www.foobar.com
            nodes:
              user: {kind: user, label: "Visitor's browser"}
              dns:  {kind: dns, label: "DNS: www.foobar.com -> 203.0.113.10"}
              server:
                kind: server
                label: "Server 203.0.113.10"
                contains:
                  nginx: {kind: web, label: Nginx}
                  app:   {kind: app, label: "Gunicorn + application code"}
                  db:    {kind: db, label: MySQL}
            edges:
              - user -> dns: resolve www.foobar.com
              - user -> nginx: HTTP request
              - nginx -> app: proxy_pass
              - app -> db: SQL
            flow:
              - user -> dns: The browser asks DNS for the address.
              - user -> nginx: It sends GET / to 203.0.113.10 on port 80.
              - nginx -> app: Nginx passes the dynamic request to Gunicorn.
              - app -> db: The application reads the data it needs.
            """;

    static final String DISTRIBUTED = """
            title: Distributed design
            nodes:
              user: {kind: user, label: "Visitor's browser"}
              dns: {kind: dns, label: "DNS"}
              lb: {kind: loadbalancer, label: "HAProxy"}
              server1:
                kind: server
                label: "Server 1"
                contains:
                  nginx1: {kind: web, label: Nginx 1}
                  app1: {kind: app, label: "Gunicorn 1"}
                  db1: {kind: db, role: primary, label: "MySQL primary"}
              server2:
                kind: server
                label: "Server 2"
                contains:
                  nginx2: {kind: web, label: Nginx 2}
                  app2: {kind: app, label: "Gunicorn 2"}
                  db2: {kind: db, role: replica, label: "MySQL replica"}
            edges:
              - user -> dns
              - user -> lb
              - lb -> nginx1
              - lb -> nginx2
              - nginx1 -> app1
              - nginx2 -> app2
              - app1 -> db1
              - app2 -> db1: writes
              - app2 -> db2: reads
              - db1 ..> db2: replication
            flow:
              - user -> dns: DNS answers.
              - user -> lb: The browser connects.
              - lb -> nginx2: HAProxy picks server 2.
              - nginx2 -> app2: Nginx proxies.
              - app2 -> db1: The application writes to the primary.
            """;

    static final String SECURED = """
            title: Secured and monitored
            nodes:
              user: {kind: user, label: "Visitor's browser"}
              dns: {kind: dns, label: "DNS"}
              fw0: {kind: firewall, label: "Firewall 1"}
              lbhost:
                kind: server
                label: "Load balancer host"
                contains:
                  lb: {kind: loadbalancer, label: HAProxy, note: "TLS ends here"}
                  mon0: {kind: monitor, label: "Monitoring client"}
              fw1: {kind: firewall, label: "Firewall 2"}
              fw2: {kind: firewall, label: "Firewall 3"}
              server1:
                kind: server
                label: "Server 1"
                contains:
                  nginx1: {kind: web, label: Nginx 1}
                  app1: {kind: app, label: "Gunicorn 1"}
                  db1: {kind: db, role: primary, label: "MySQL primary"}
                  mon1: {kind: monitor, label: "Monitoring client 1"}
              server2:
                kind: server
                label: "Server 2"
                contains:
                  nginx2: {kind: web, label: Nginx 2}
                  app2: {kind: app, label: "Gunicorn 2"}
                  db2: {kind: db, role: replica, label: "MySQL replica"}
                  mon2: {kind: monitor, label: "Monitoring client 2"}
              monitoring: {kind: monitor, label: "Monitoring service"}
            edges:
              - user -> dns
              - user -> fw0: HTTPS
              - fw0 -> lb
              - lb -> fw1
              - lb -> fw2
              - fw1 -> nginx1
              - fw2 -> nginx2
              - nginx1 -> app1
              - nginx2 -> app2
              - app1 -> db1
              - app2 -> db1
              - app2 -> db2
              - db1 ..> db2
              - mon0 -> monitoring
              - mon1 -> monitoring
              - mon2 -> monitoring
            flow:
              - user -> fw0: In through the firewall.
              - fw0 -> lb: TLS ends at HAProxy.
              - lb -> fw1: On to server 1.
              - fw1 -> nginx1: Through its firewall.
              - nginx1 -> app1: Proxied.
              - app1 -> db1: Queried.
              - mon1 -> monitoring: Meanwhile, metrics.
            """;

    static final String SPLIT = """
            title: Components on their own servers
            nodes:
              user: {kind: user, label: "Visitor's browser"}
              dns: {kind: dns, label: "DNS"}
              lb1: {kind: loadbalancer, label: "HAProxy 1 (active)"}
              lb2: {kind: loadbalancer, label: "HAProxy 2 (standby)"}
              web1: {kind: web, label: "Web server 1"}
              web2: {kind: web, label: "Web server 2"}
              app1: {kind: app, label: "App server 1"}
              app2: {kind: app, label: "App server 2"}
              dbp: {kind: db, role: primary, label: "MySQL primary"}
              dbr: {kind: db, role: replica, label: "MySQL replica"}
            edges:
              - user -> dns
              - user -> lb1
              - user -> lb2
              - lb1 -> web1
              - lb1 -> web2
              - lb2 -> web1
              - lb2 -> web2
              - web1 -> app1
              - web1 -> app2
              - web2 -> app1
              - web2 -> app2
              - app1 -> dbp
              - app2 -> dbp
              - app1 -> dbr
              - app2 -> dbr
              - dbp ..> dbr
            flow:
              - user -> dns: DNS answers.
              - user -> lb1: To the active balancer.
              - lb1 -> web2: Web server 2.
              - web2 -> app1: App server 1.
              - app1 -> dbp: Writes to the primary.
            """;

    static Diagram parse(String yaml) {
        Diagnostics d = new Diagnostics();
        Diagram diagram = DiagramParser.parse(yaml, "test.md", 1, 1, "diagram-1", d)
                .orElseThrow(() -> new AssertionError("does not parse: " + d.sorted()));
        if (!d.sorted().isEmpty()) throw new AssertionError("diagnostics: " + d.sorted());
        return diagram;
    }
}
