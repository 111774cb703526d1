package dev.lectern.yaml;

/** YAML that cannot be read, with the 1-based position of the problem in the file. */
public final class YamlException extends Exception {
    private final int line;
    private final int column;

    public YamlException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
