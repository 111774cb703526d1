package dev.lectern.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * The parser half of flexmark's admonition extension ({@code !!! note "Title"}). Its renderer
 * (which prints an icon sprite into every page) is left out; {@link LecternNodeRenderer} renders
 * the callouts instead.
 */
final class CalloutSyntax implements Parser.ParserExtension {
    private final AdmonitionExtension delegate = AdmonitionExtension.create();

    static CalloutSyntax create() {
        return new CalloutSyntax();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        delegate.parserOptions(options);
    }

    @Override
    public void extend(Parser.Builder builder) {
        delegate.extend(builder);
    }
}
