import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last step of {@code mvn -P mutation verify} (run by exec-maven-plugin as a single-file program,
 * {@code java src/pit/PitSummary.java REPORTS PACKAGE...}): merges the report of each package's PIT
 * execution, {@code REPORTS/PACKAGE/mutations.xml}, into {@code REPORTS/mutations.xml} (PIT's own format,
 * one {@code <mutation>} element per mutant) and prints a table of the scores per package.
 *
 * <p>It decides nothing: each PIT execution has already failed the build when its package is below its
 * {@code mutationThreshold}. A package whose report is missing (its execution skipped) is listed as not
 * run; each report's time is printed, so a report left from an earlier build is seen as such.
 */
public final class PitSummary {
    private static final Pattern MUTATION = Pattern.compile("<mutation\\b[^>]*>.*?</mutation>", Pattern.DOTALL);
    private static final Pattern STATUS = Pattern.compile("status='([A-Z_]+)'");

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java PitSummary.java REPORTS-FOLDER PACKAGE...");
            System.exit(2);
        }
        Path reports = Path.of(args[0]);
        StringBuilder merged = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<mutations>\n");
        List<String> rows = new ArrayList<>();
        long allMutants = 0;
        long allDetected = 0;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            Path file = reports.resolve(name).resolve("mutations.xml");
            if (!Files.isRegularFile(file)) {
                rows.add(String.format("%-10s %8s %8s %9s %11s %9s %7s  %s", name, "-", "-", "-", "-", "-", "-", "not run"));
                continue;
            }
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            long mutants = 0;
            long detected = 0;
            long survived = 0;
            long noCoverage = 0;
            long timedOut = 0;
            Matcher m = MUTATION.matcher(xml);
            while (m.find()) {
                String mutation = m.group();
                mutants++;
                if (mutation.contains("detected='true'")) detected++;
                Matcher s = STATUS.matcher(mutation);
                String status = s.find() ? s.group(1) : "";
                if (status.equals("SURVIVED")) survived++;
                else if (status.equals("NO_COVERAGE")) noCoverage++;
                else if (status.equals("TIMED_OUT")) timedOut++;
                merged.append(mutation).append('\n');
            }
            allMutants += mutants;
            allDetected += detected;
            String written = time.format(Files.getLastModifiedTime(file).toInstant()) + " UTC";
            rows.add(String.format("%-10s %8d %8d %9d %11d %9d %7s  %s%s", name, mutants, detected, survived, noCoverage,
                    timedOut, score(detected, mutants), written, mutants > 0 && detected * 100 < mutants * 80L ? "  below 80 %" : ""));
        }
        merged.append("</mutations>\n");
        Path out = reports.resolve("mutations.xml");
        Files.createDirectories(reports);
        Files.writeString(out, merged, StandardCharsets.UTF_8);
        System.out.println("Mutation scores per package (killed: killed or timed out, as PIT counts them):");
        System.out.println(String.format("%-10s %8s %8s %9s %11s %9s %7s  %s", "package", "mutants", "killed", "survived",
                "no coverage", "timed out", "score", "report written"));
        rows.forEach(System.out::println);
        System.out.println(String.format("%-10s %8d %8d %9s %11s %9s %7s", "together", allMutants, allDetected, "", "", "",
                score(allDetected, allMutants)));
        System.out.println("Merged report: " + out);
    }

    private static String score(long detected, long mutants) {
        return mutants == 0 ? "-" : String.format("%.1f %%", 100.0 * detected / mutants);
    }
}
