package dev.lectern.util;

/**
 * Site URLs are kept without a leading slash, relative to the base path: {@code ""} is the home
 * page, {@code dns/records/} a page. Links between pages are written relative to the linking page,
 * so the same output works under any base path and straight from disk.
 */
public final class Urls {
    private Urls() {}

    /** The shortest relative href that leads from page URL {@code from} to site URL {@code to}. */
    public static String relative(String from, String to) {
        return relative(from, dirs(from), to, dirs(to));
    }

    /** The same, with the {@link #dirs} of both known (the outline asks for many targets from one page). */
    public static String relative(String from, int fromDirs, String to, int toDirs) {
        // A page URL ends with '/', so its folder is itself; a file's folder is its parent. Walked in place
        // (no split): every link of every page comes through here.
        int common = 0;
        int i = 0;
        int j = 0;
        while (common < fromDirs && common < toDirs) {
            int fi = from.indexOf('/', i);
            int tj = to.indexOf('/', j);
            if (fi - i != tj - j || !from.regionMatches(i, to, j, fi - i)) break;
            common++;
            i = fi + 1;
            j = tj + 1;
        }
        int up = fromDirs - common;
        if (up == 0) return j == to.length() ? "./" : j == 0 ? to : to.substring(j);
        StringBuilder href = new StringBuilder(3 * up + to.length() - j);
        for (int k = 0; k < up; k++) href.append("../");
        return href.append(to, j, to.length()).toString();
    }

    /** How many folders deep a URL is: its '/'s. */
    public static int dirs(String url) {
        return count(url, '/');
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) n++;
        return n;
    }

    /** Resolves a relative path against a folder ({@code a/b} + {@code ../c.md} = {@code a/c.md}); null if it leaves the root. */
    public static String resolve(String folder, String path) {
        // The segments joined by '/' as they are pushed; ends[k] is where the text was before segment k.
        StringBuilder joined = new StringBuilder(folder.length() + path.length() + 1);
        int[] ends = new int[8];
        int depth = 0;
        if (!path.startsWith("/") && !folder.isEmpty()) {
            int last = folder.length(); // as String.split: trailing empty segments are dropped
            while (last > 0 && folder.charAt(last - 1) == '/') last--;
            for (int start = 0; start < last; ) {
                int slash = folder.indexOf('/', start);
                if (slash < 0 || slash > last) slash = last;
                if (depth == ends.length) ends = java.util.Arrays.copyOf(ends, 2 * depth);
                ends[depth] = joined.length();
                if (depth++ > 0) joined.append('/');
                joined.append(folder, start, slash);
                start = slash + 1;
            }
        }
        int n = path.length();
        for (int start = 0; start <= n; ) {
            int slash = path.indexOf('/', start);
            boolean lastSeg = slash < 0;
            if (lastSeg) slash = n;
            int len = slash - start;
            if (len == 0 || len == 1 && path.charAt(start) == '.') {
                if (lastSeg && depth > 0) {
                    if (depth == ends.length) ends = java.util.Arrays.copyOf(ends, 2 * depth);
                    ends[depth++] = joined.length();
                    joined.append('/');
                }
            } else if (len == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                if (depth == 0) return null;
                joined.setLength(ends[--depth]);
            } else {
                if (depth == ends.length) ends = java.util.Arrays.copyOf(ends, 2 * depth);
                ends[depth] = joined.length();
                if (depth++ > 0) joined.append('/');
                joined.append(path, start, slash);
            }
            start = slash + 1;
        }
        return joined.toString();
    }

    /** A page's key, safe in HTML ids and storage keys: {@code dns/records/} is {@code dns-records}, the home page {@code home}. */
    public static String pageKey(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') end--;
        String k = url.substring(0, end).replace('/', '-');
        return k.isEmpty() ? "home" : k;
    }

    /** The output file of a page URL: {@code dns/records/} becomes {@code dns/records/index.html}. */
    public static String outputFile(String url) {
        return url + "index.html";
    }
}
