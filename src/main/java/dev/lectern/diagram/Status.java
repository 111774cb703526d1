package dev.lectern.diagram;

import java.util.List;

/**
 * The status line of a failed node: "Failed: X." (with " and everything in it" or " (one of 3
 * instances)"), then what the visitor sees, then what the operators see. diagram.js and the JSON
 * rely on the first ". " ending the opening.
 */
final class Status {
    private final Diagram d;
    private final Diagram.Node n;
    private final int instances;

    Status(Diagram d, Diagram.Node n, int instances) {
        this.d = d;
        this.n = n;
        this.instances = instances;
    }

    /**
     * @param costs what the degrading nodes lost with it cost the visitor
     * @param needed whether requests used the node (it was on their way and needed)
     * @param firstHop whether what is lost sits on the visitor's first step
     */
    String sentence(FailureAnalysis.Verdict verdict, List<FailureAnalysis.Need> lost, boolean everyone,
                    List<String> costs, boolean needed, boolean firstHop) {
        StringBuilder s = new StringBuilder("Failed: ").append(n.label());
        if (instances > 1) s.append(" (one of ").append(instances).append(" instances)");
        else if (n.isContainer()) s.append(" and everything in it");
        return s.append(". ").append(visitor(verdict, lost, everyone, costs, needed, firstHop)).toString();
    }

    private String visitor(FailureAnalysis.Verdict verdict, List<FailureAnalysis.Need> lost, boolean everyone,
                           List<String> costs, boolean needed, boolean firstHop) {
        String who = everyone ? "everyone" : "some visitors";
        return switch (verdict) {
            case DOWN_ALL, DOWN_SOME -> {
                FailureAnalysis.Need first = lost.get(0);
                String sees;
                if (first.kind() == Kind.DNS) sees = "browsers cannot look up the site's address";
                else if (firstHop) sees = "browsers cannot connect";
                else sees = "requests end in an error page";
                yield "No working " + first.describe().replaceFirst("^an? ", "") + ": " + sees + ", so the site is down for "
                        + who + ".";
            }
            case NO_WRITES -> "No working " + lost.get(0).describe().replaceFirst("^an? ", "")
                    + ": pages that only read still load, but nothing can be saved" + (everyone ? "." : " for some visitors.");
            case DEGRADED -> costs.isEmpty() ? "Visitors notice nothing."
                    : "Every page still loads, but " + String.join(", and ", costs) + ".";
            case NOTHING -> {
                if (instances > 1) {
                    yield "The other " + (instances - 1) + (instances - 1 == 1 ? " instance takes" : " instances take")
                            + " over: visitors notice nothing.";
                }
                yield needed ? "Requests take another path: visitors notice nothing."
                        : "No request depends on it: visitors notice nothing.";
            }
        };
    }

    /**
     * What the operators see, the status line's last sentence.
     *
     * @param operatorsBlind whether monitoring is lost with it
     * @param clientLost whether it is one monitoring client (the rest still reports)
     * @param monitored whether monitoring still works
     */
    String operators(FailureAnalysis.Verdict verdict, boolean operatorsBlind, boolean clientLost, boolean monitored) {
        if (clientLost) {
            List<Diagram.Node> up = d.ancestors(n.id());
            return "Operators get no metrics from " + (up.isEmpty() ? "it" : up.get(0).label())
                    + " until it is back; the rest still reports.";
        }
        if (operatorsBlind) {
            return "Operators get no alerts or metrics until it is back"
                    + (verdict == FailureAnalysis.Verdict.DEGRADED || verdict == FailureAnalysis.Verdict.NOTHING
                    ? "." : ": they hear of it from visitors.");
        }
        if (monitored) return "Operators see it on the monitoring.";
        if (verdict.compareTo(FailureAnalysis.Verdict.NO_WRITES) >= 0) {
            return "Operators hear of it from visitors: nothing here monitors it.";
        }
        return "Nothing here monitors it, so operators may not notice.";
    }
}
