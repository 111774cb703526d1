package dev.lectern.render;

import dev.lectern.markdown.PageRefs;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Template output that records, while a template is written, the ids it defines and the targets of
 * its links ({@code a}/{@code link} href, {@code script}/{@code img} src), so the check stage never
 * reads the page back. jte tells the output the tag and attribute of every expression value it writes
 * ({@link #setContext}); the template's literal text around the values is read once per piece
 * ({@link TemplateText}). What Java hands the template as HTML is not read: a page's body
 * ({@link PageRenderer.HtmlContent}) comes with its own records, and {@code $unsafe{...}} HTML (the
 * footer) is looked up in {@code unsafe}.
 */
final class RecordingOutput implements HtmlTemplateOutput {
    /** Counts what is written, for offsets. */
    private static final class Counting implements TemplateOutput {
        private final TemplateOutput out;
        int written;

        Counting(TemplateOutput out) {
            this.out = out;
        }

        @Override
        public void writeContent(String value) {
            written += value.length();
            out.writeContent(value);
        }

        @Override
        public void writeContent(String value, int beginIndex, int endIndex) {
            written += endIndex - beginIndex;
            out.writeContent(value, beginIndex, endIndex);
        }
    }

    private final Counting out;
    private final HtmlTemplateOutput escaping;
    private final Function<String, PageRefs> unsafe;

    private final Set<String> ids = new HashSet<>();
    private final List<PageRefs.Target> targets = new ArrayList<>();
    private final List<PageRefs> bodies = new ArrayList<>();
    private int bodyAt = -1;
    private int bodyLength;
    /** Where HTML of unknown records was written, when those places are wanted; else null. */
    private final Set<PageRefs.Unrecorded> unrecorded;
    private boolean unknown;

    private TemplateText.State state = TemplateText.State.TEXT;
    // the start tag being written
    private String tag;
    private int tagAt;
    private String id;
    private String href;
    private String src;
    // the attribute being written
    private String attribute;
    private StringBuilder value;
    /** Whether the expression being written is an attribute value. */
    private boolean inAttribute;

    /**
     * @param escaping makes the output that escapes expression values (jte's or Lectern's) around the given one
     * @param unsafe the records of HTML written with {@code $unsafe{...}}, or null when not known
     * @param places whether to find the template and line of HTML whose records are not known
     *     ({@link PageRefs#unrecorded()}); a partial for a block writes the block's inline Markdown that
     *     way, recorded by the Markdown stage, so it does not look
     */
    RecordingOutput(TemplateOutput out, Function<TemplateOutput, HtmlTemplateOutput> escaping,
                    Function<String, PageRefs> unsafe, boolean places) {
        this.out = new Counting(out);
        this.escaping = escaping.apply(this.out);
        this.unsafe = unsafe;
        this.unrecorded = places ? new java.util.LinkedHashSet<>() : null;
    }

    RecordingOutput(TemplateOutput out, Function<TemplateOutput, HtmlTemplateOutput> escaping,
                    Function<String, PageRefs> unsafe) {
        this(out, escaping, unsafe, true);
    }

    /** What a template wrote around a body. */
    record Recorded(PageRefs refs, int bodyAt, int bodyLength, boolean complete) {}

    /**
     * The ids and targets written, the body's place, and whether every part of the output was
     * recorded (false when {@code $unsafe{...}} HTML of unknown records was written).
     */
    Recorded recorded() {
        return new Recorded(new PageRefs(ids, targets, unrecorded == null ? List.of() : List.copyOf(unrecorded)),
                bodyAt, bodyLength, !unknown);
    }

    /** Notes that HTML of unknown records was written, and where. */
    private void unknown() {
        unknown = true;
        if (unrecorded != null) unrecorded.add(place());
    }

    /**
     * The template and line writing now: the innermost template on the stack (jte's generated class, with
     * its name and a table from its Java lines to the template's, which jte writes into every one).
     */
    static PageRefs.Unrecorded place() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .map(RecordingOutput::templatePlace).filter(java.util.Objects::nonNull).findFirst()
                .orElse(new PageRefs.Unrecorded("", 0)));
    }

    private static PageRefs.Unrecorded templatePlace(StackWalker.StackFrame frame) {
        Class<?> c = frame.getDeclaringClass();
        if (!c.getSimpleName().startsWith("Jte") || !c.getSimpleName().endsWith("Generated")) return null;
        try {
            String name = (String) c.getField("JTE_NAME").get(null);
            int[] lines = (int[]) c.getField("JTE_LINE_INFO").get(null);
            int javaLine = frame.getLineNumber();
            // the table holds, for each Java line (from 1), the template's line counted from 0
            return new PageRefs.Unrecorded(name, javaLine >= 1 && javaLine <= lines.length ? lines[javaLine - 1] + 1 : 0);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    @Override
    public void setContext(String tagName, String attributeName) {
        escaping.setContext(tagName, attributeName);
        inAttribute = attributeName != null && state.mode() == TemplateText.Mode.VALUE;
    }

    @Override
    public void writeContent(String piece) {
        TemplateText.Reading r = TemplateText.read(piece, state);
        replay(r, out.written);
        state = r.end();
        out.writeContent(piece);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        String piece = value.substring(beginIndex, endIndex);
        TemplateText.Reading r = TemplateText.scan(piece, state);
        replay(r, out.written);
        state = r.end();
        out.writeContent(piece);
    }

    @Override
    public void writeUserContent(String v) {
        int before = out.written;
        escaping.writeUserContent(v);
        // jte leaves out a URL it finds unsafe: then nothing was written
        if (inAttribute && value != null && v != null && out.written > before) value.append(v);
    }

    @Override
    public void writeUserContent(Content content) {
        if (content == null) return;
        if (inAttribute) {
            escaping.writeUserContent(content);
            unknown();
        } else if (content instanceof PageRenderer.HtmlContent body) {
            bodyAt = out.written;
            bodyLength = body.html().length();
            out.writeContent(body.html());
        } else {
            content.writeTo(this);
        }
    }

    @Override
    public void writeUnsafeContent(String html) {
        if (html == null) return;
        PageRefs refs = unsafe == null ? null : unsafe.apply(html);
        if (refs == null) unknown();
        else {
            ids.addAll(refs.ids());
            int at = out.written;
            for (PageRefs.Target t : refs.targets()) targets.add(new PageRefs.Target(t.tag(), t.url(), at, t.copied()));
        }
        out.writeContent(html);
    }

    @Override
    public void writeUserContent(boolean v) {
        writeUserContent(String.valueOf(v));
    }

    @Override
    public void writeUserContent(byte v) {
        writeUserContent(String.valueOf(v));
    }

    @Override
    public void writeUserContent(short v) {
        writeUserContent(String.valueOf(v));
    }

    @Override
    public void writeUserContent(int v) {
        writeUserContent(String.valueOf(v));
    }

    @Override
    public void writeUserContent(long v) {
        writeUserContent(String.valueOf(v));
    }

    @Override
    public void writeUserContent(float v) {
        writeUserContent(String.valueOf(v));
    }

    @Override
    public void writeUserContent(double v) {
        writeUserContent(String.valueOf(v));
    }

    @Override
    public void writeUserContent(char v) {
        writeUserContent(String.valueOf(v));
    }

    private void replay(TemplateText.Reading r, int base) {
        for (TemplateText.Event e : r.events()) {
            switch (e.kind()) {
                case TAG -> {
                    if (e.offset() >= 0) {
                        tagAt = base + e.offset();
                        id = null;
                        href = null;
                        src = null;
                        attribute = null;
                        value = null;
                    }
                    tag = e.text();
                }
                case ATTRIBUTE -> {
                    attribute = e.text();
                    value = new StringBuilder();
                }
                case VALUE -> {
                    if (value != null) value.append(e.text());
                }
                case END_ATTRIBUTE -> endAttribute();
                case CLOSE -> closeTag();
            }
        }
    }

    private void endAttribute() {
        if (attribute == null) return;
        String v = value.toString();
        switch (attribute) {
            case "id" -> {
                if (id == null) id = v;
            }
            case "href" -> {
                if (href == null) href = v;
            }
            case "src" -> {
                if (src == null) src = v;
            }
            default -> { }
        }
        attribute = null;
        value = null;
    }

    private void closeTag() {
        if (id != null) ids.add(id);
        if (tag != null) {
            String target = switch (tag) {
                case "a", "link" -> href;
                case "script", "img" -> src;
                default -> null;
            };
            if (target != null) targets.add(new PageRefs.Target(tag, target, tagAt));
        }
        tag = null;
        id = null;
        href = null;
        src = null;
    }
}
