package dev.lectern.markdown;

import java.util.Arrays;

/** Turns character offsets in a text into 1-based line and column numbers. */
final class LineIndex {
    private final int[] lineStarts;
    /** For text with included parts: the file line each line of the text stands for, else null. */
    private int[] fileLines;

    /** An index whose line numbers are {@code fileLines[line - 1]} (snippets included in a page). */
    LineIndex(String text, int[] fileLines) {
        this(text);
        this.fileLines = fileLines;
    }

    LineIndex(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        // String.indexOf is many times faster than a charAt loop
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
        }
        lineStarts = Arrays.copyOf(starts, n);
    }

    int line(int offset) {
        int line = textLine(offset);
        return fileLines != null && line - 1 < fileLines.length ? fileLines[line - 1] : line;
    }

    private int textLine(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    int column(int offset) {
        return offset - lineStarts[textLine(offset) - 1] + 1;
    }
}
