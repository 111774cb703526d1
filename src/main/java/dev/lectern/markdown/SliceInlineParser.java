package dev.lectern.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, with its regular-expression step ({@link #match}) taking the match's bounds from
 * the matcher: flexmark asks for {@code Matcher.toMatchResult()}, which copies the whole paragraph into a string
 * (a character at a time, through flexmark's sequence) on every match: at each code span, link and reference,
 * about a twentieth of a build's CPU. The same bounds, so the same document ({@code ParserChoiceTest}).
 */
final class SliceInlineParser extends CommonmarkInlineParser {
    SliceInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                      List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (index >= input.length()) return null;
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) return null;
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }
}
