package dev.lectern.diagram;

import java.util.List;

/**
 * The status line of a failed node, in the theme's words ({@code partials/text/diagram.jte}): its opening
 * ("Failed: X."), what the visitor sees, then what the operators see. This class picks the case and its
 * values; the theme words them.
 */
final class Status {
    private final Diagram d;
    private final Diagram.Node n;
    private final int instances;
    private final Words words;

    Status(Diagram d, Diagram.Node n, int instances, Words words) {
        this.d = d;
        this.n = n;
        this.instances = instances;
        this.words = words;
    }

    /** "Failed: X." (with "and everything in it" or "(one of 3 instances)"). */
    String opening() {
        return words.diagram("failed", "label", n.label(), "instances", instances, "all", n.isContainer());
    }

    /** The opening's part after the label: "(one of 3 instances)", "and everything in it" or empty. */
    String head() {
        return words.diagram("head", "instances", instances, "all", n.isContainer());
    }

    /**
     * What the visitor sees.
     *
     * @param costs what the degrading nodes lost with it cost the visitor
     * @param needed whether requests used the node (it was on their way and needed)
     * @param firstHop whether what is lost sits on the visitor's first step
     */
    String visitor(FailureAnalysis.Verdict verdict, List<FailureAnalysis.Need> lost, boolean everyone,
                   List<String> costs, boolean needed, boolean firstHop) {
        String need = null;
        String sees = null;
        if (verdict.compareTo(FailureAnalysis.Verdict.NO_WRITES) >= 0) {
            FailureAnalysis.Need first = lost.get(0);
            need = first.describe(words, "working");
            sees = first.kind() == Kind.DNS ? "dns" : firstHop ? "connect" : "error";
        }
        return words.diagram("visitor", "verdict", verdict.name(), "need", need, "sees", sees, "everyone", everyone,
                "costs", costs, "needed", needed, "instances", instances);
    }

    /**
     * What the operators see, the status line's last sentence.
     *
     * @param operatorsBlind whether monitoring is lost with it
     * @param clientLost whether it is one monitoring client (the rest still reports)
     * @param monitored whether monitoring still works
     */
    String operators(FailureAnalysis.Verdict verdict, boolean operatorsBlind, boolean clientLost, boolean monitored) {
        String label = null;
        String which;
        if (clientLost) {
            List<Diagram.Node> up = d.ancestors(n.id());
            which = "client";
            label = up.isEmpty() ? null : up.get(0).label();
        } else if (operatorsBlind) {
            which = "blind";
        } else if (monitored) {
            which = "monitored";
        } else if (verdict.compareTo(FailureAnalysis.Verdict.NO_WRITES) >= 0) {
            which = "visitors";
        } else {
            which = "unnoticed";
        }
        boolean quiet = verdict == FailureAnalysis.Verdict.DEGRADED || verdict == FailureAnalysis.Verdict.NOTHING;
        return words.diagram("operators", "operators", which, "label", label, "quiet", quiet);
    }
}
