package dev.lectern.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.TestSite;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad diagram is reported at file:line:col with a message that says what to fix. */
class DiagramErrorsTest {
    @TempDir
    Path tmp;

    /** Builds a one-page site whose diagram block (fence on line 3) holds {@code yaml}; returns what was printed. */
    private java.util.List<String> build(String yaml) {
        TestSite site = TestSite.create(tmp).file("content/index.md", "# Home\n\n```diagram\n" + yaml + "```\n").build();
        assertThat(site.result().written()).isFalse();
        return site.printed();
    }

    // Checks that an unknown kind is reported at its value with the closest kind as a hint.
    @Test
    void unknownKind() {
        assertThat(build("nodes:\n  db: {kind: databse}\n")).containsExactly(
                "content/index.md:5:14: error: unknown node kind `databse`; did you mean `db`?");
    }

    // Checks that a kind with no near match lists the kinds there are.
    @Test
    void unknownKindWithoutHint() {
        assertThat(build("nodes:\n  x:\n    kind: spaceship\n")).containsExactly(
                "content/index.md:6:11: error: unknown node kind `spaceship`; expected one of: user, dns, cdn, "
                        + "firewall, loadbalancer, server, web, app, db, cache, queue, monitor, storage, datacenter");
    }

    // Checks that an edge naming an unknown node points at that name, with a hint.
    @Test
    void edgeToUnknownNode() {
        assertThat(build("nodes:\n  user: {kind: user}\n  nginx: {kind: web}\nedges:\n  - user -> ngnix: HTTP\n"))
                .containsExactly("content/index.md:8:13: error: unknown node `ngnix` in edge `user -> ngnix`; "
                        + "did you mean `nginx`?");
    }

    // Checks that a flow step along an edge rejected for a misspelt node is not reported again as "not an edge".
    @Test
    void flowAlongBrokenEdgeIsNoFollowOnError() {
        assertThat(build("nodes:\n  user: {kind: user}\n  nginx: {kind: web}\nedges:\n  - user -> ngnix: HTTP\n"
                + "flow:\n  - user -> nginx: The browser asks.\n")).containsExactly(
                "content/index.md:8:13: error: unknown node `ngnix` in edge `user -> ngnix`; did you mean `nginx`?");
    }

    // Checks that a flow step naming an unknown node is reported at that name.
    @Test
    void flowFromUnknownNode() {
        assertThat(build("nodes:\n  user: {kind: user}\n  nginx: {kind: web}\nedges:\n  - user -> nginx\n"
                + "flow:\n  - usr -> nginx: The browser asks.\n")).containsExactly(
                "content/index.md:10:5: error: unknown node `usr` in flow step `usr -> nginx`; did you mean `user`?");
    }

    // Checks that a flow step must follow an edge of the diagram.
    @Test
    void flowStepThatIsNoEdge() {
        assertThat(build("nodes:\n  user: {kind: user}\n  nginx: {kind: web}\nedges:\n  - user -> nginx\n"
                + "flow:\n  - nginx -> user: Back.\n")).containsExactly(
                "content/index.md:10:5: error: flow step `nginx -> user` is not an edge of the diagram; add it under `edges`");
    }

    // Checks that one id defined twice (in different containers) is reported at the second definition.
    @Test
    void duplicateId() {
        assertThat(build("nodes:\n  app: {kind: app}\n  box:\n    kind: server\n    contains:\n      app: {kind: app}\n"))
                .containsExactly("content/index.md:9:7: error: duplicate node id `app`; it is already defined at line 5");
    }

    // Checks that a node listed in two containers is reported where it is listed the second time.
    @Test
    void containedTwice() {
        assertThat(build("nodes:\n  a: {kind: server, contains: [app]}\n  b: {kind: server, contains: [app]}\n"
                + "  app: {kind: app}\n")).containsExactly(
                "content/index.md:6:32: error: node `app` is contained twice: in `a` and in `b`");
    }

    // Checks that containers holding each other are a cycle, reported with the chain.
    @Test
    void containmentCycle() {
        assertThat(build("nodes:\n  a: {kind: datacenter, contains: [b]}\n  b: {kind: server, contains: [a]}\n"))
                .containsExactly("content/index.md:6:32: error: containment cycle: `a` contains `b`, which contains `a`");
    }

    // Checks that broken YAML is reported at the place the parser stopped.
    @Test
    void badYaml() {
        assertThat(build("nodes:\n  user: {kind: user\n")).containsExactly(
                "content/index.md:5:9: error: diagram: invalid YAML: a `{` map opened here is not closed as YAML "
                        + "expects (hint: close it with `}`, separate items with `, `, and quote items that contain `,`, `:` or `}`)");
    }

    // Checks that a misspelt key gets a "did you mean" hint, and that every problem of a block is reported at once.
    @Test
    void unknownKeysAllReported() {
        assertThat(build("titel: X\nnodes:\n  web: {kind: web, lable: Nginx}\nedges:\n  - web -> db\n")).containsExactly(
                "content/index.md:4:1: error: unknown diagram key `titel`; did you mean `title`?",
                "content/index.md:6:20: error: unknown node key `lable`; did you mean `label`?",
                "content/index.md:8:12: error: unknown node `db` in edge `web -> db`; the nodes are: web");
    }

    // Checks a wrong value of a choice key and a replica count below one.
    @Test
    void badValues() {
        assertThat(build("direction: sideways\nnodes:\n  web: {kind: web, replicas: 0, role: primry}\n")).containsExactly(
                "content/index.md:4:12: error: unknown `direction` value `sideways`; expected one of: right, down, left, up",
                "content/index.md:6:30: error: `replicas` must be 1 or more, not 0",
                "content/index.md:6:39: error: unknown `role` value `primry`; did you mean `primary`?");
    }

    // Checks that computed SPOFs differing from `expect_spofs` fail the build at the fence line, saying which differ and why.
    @Test
    void expectSpofsThatDiffer() {
        assertThat(build("expect_spofs: [web, cache]\nnodes:\n  user: {kind: user}\n  web: {kind: web}\n"
                + "  db: {kind: db}\n  cache: {kind: cache}\nedges: [user -> web, web -> db, web -> cache]\n"))
                .containsExactly("content/index.md:3:1: error: diagram `diagram-1`: `expect_spofs` is [web, cache] but "
                        + "the analysis finds [web, db]; `db` is a SPOF (No working database: requests end in an error "
                        + "page, so the site is down for everyone. Operators hear of it from visitors: nothing here "
                        + "monitors it.); `cache` is none (Every page still loads, but pages get slower. Nothing here "
                        + "monitors it, so operators may not notice.)");
    }

    // Checks that `expect_spofs` naming an unknown node is reported at that name.
    @Test
    void expectSpofsWithUnknownNode() {
        assertThat(build("expect_spofs: [web, wbe]\nnodes:\n  web: {kind: web}\n")).containsExactly(
                "content/index.md:4:21: error: unknown node `wbe` in `expect_spofs`; did you mean `web`?");
    }

    // Checks that replication written as a request edge is refused with the arrow to use instead.
    @Test
    void replicationAsRequestEdge() {
        assertThat(build("nodes:\n  a: {kind: db, role: primary}\n  b: {kind: db, role: replica}\nedges:\n  - a -> b\n"))
                .containsExactly("content/index.md:8:5: error: edge `a -> b` leads to a replica of the same kind: "
                        + "write replication as `a ..> b`, a dependency off the request path");
    }

    // Checks that a node cannot be both needed and only degrading.
    @Test
    void neededAndDegrades() {
        assertThat(build("nodes:\n  c: {kind: cache, needed: true, degrades: slower}\n")).containsExactly(
                "content/index.md:5:44: error: node `c` says `needed: true` and `degrades`: a node that requests need "
                        + "stops them when it fails; drop one of the two");
    }
}
