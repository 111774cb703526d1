package dev.lectern.util;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Site URLs are kept without a leading slash, relative to the base path: {@code ""} is the home
 * page, {@code dns/records/} a page. Links between pages are written relative to the linking page,
 * so the same output works under any base path and straight from disk.
 */
public final class Urls {
    private Urls() {}

    /** The shortest relative href that leads from page URL {@code from} to site URL {@code to}. */
    public static String relative(String from, String to) {
        // A page URL ends with '/', so its folder is itself; a file's folder is its parent.
        String[] fromParts = from.split("/", -1);
        String[] toParts = to.split("/", -1);
        int fromDirs = fromParts.length - 1;
        int toDirs = toParts.length - 1;
        int common = 0;
        while (common < fromDirs && common < toDirs && fromParts[common].equals(toParts[common])) common++;
        StringBuilder href = new StringBuilder();
        href.append("../".repeat(fromDirs - common));
        for (int i = common; i < toDirs; i++) href.append(toParts[i]).append('/');
        href.append(toParts[toDirs]);
        return href.length() == 0 ? "./" : href.toString();
    }

    /** Resolves a relative path against a folder ({@code a/b} + {@code ../c.md} = {@code a/c.md}); null if it leaves the root. */
    public static String resolve(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/") && !folder.isEmpty()) {
            for (String s : folder.split("/")) parts.addLast(s);
        }
        String[] segs = path.split("/", -1);
        for (int i = 0; i < segs.length; i++) {
            String s = segs[i];
            if (s.isEmpty() || s.equals(".")) {
                if (i == segs.length - 1 && !parts.isEmpty()) parts.addLast("");
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
                continue;
            }
            parts.addLast(s);
        }
        String joined = String.join("/", parts);
        return joined;
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
