package dev.lectern.quiz;

import dev.lectern.util.Urls;
import dev.lectern.markdown.PageRefs;
import dev.lectern.markdown.RenderedPage;
import dev.lectern.markdown.ReviewCopy;
import dev.lectern.render.QaCards;
import dev.lectern.render.SiteGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The course's "Review" page ({@code review/}): every question heading of every Q&amp;A page as a
 * flashcard. The answer opens on request; "knew it / not yet" is saved in this browser by
 * {@code progress.js}. Answers are copied from their pages with links re-pointed and ids removed, by the
 * changes recorded while each page was made ({@link ReviewCopy}): no page's HTML is read back.
 * A course without questions has no Review page; a Q&amp;A page that asks none gets a warning.
 * This class makes the {@link View}; the theme's {@code partials/review.jte} makes the markup.
 */
public final class ReviewPage implements SiteGenerator {
    public static final String URL = ReviewCopy.URL;
    public static final String TEMPLATE = "partials/review.jte";

    @Override
    public void generate(Context context) {
        List<Group> groups = new ArrayList<>();
        // Styles of the blocks copied into answers (a diagram, say); their scripts stay on their pages.
        Set<String> assets = new java.util.LinkedHashSet<>(List.of("css/quiz.css", "css/progress.css", "js/progress.js"));
        int count = 0;
        // each answer's ids and link targets, by its HTML, which the partial writes as it is
        java.util.Map<String, PageRefs> answers = new java.util.HashMap<>();
        for (RenderedPage page : context.pages()) {
            if (!"qa".equals(page.source().layout())) continue;
            List<QaCards.Card> list = QaCards.cards(page);
            if (list.isEmpty()) {
                context.diagnostics().warning(page.source().displayPath(), 1, 1, "this `layout: qa` page asks no question: "
                        + "each `## ` heading that ends in \"?\" becomes a question card here and on the Review page");
                continue;
            }
            page.assets().stream().filter(a -> a.endsWith(".css")).forEach(assets::add);
            String pageUrl = page.source().url();
            String pageKey = Urls.pageKey(pageUrl);
            String href = Urls.relative(URL, pageUrl);
            List<Card> cards = new ArrayList<>();
            ReviewCopy review = page.text().review() == null ? ReviewCopy.NONE : page.text().review();
            for (QaCards.Card c : list) {
                count++;
                ReviewCopy.Copy a = review.copy(page.bodyHtml(), c.answerStart(), c.answerEnd(), "r" + count + "-");
                answers.put(a.html(), a.refs());
                cards.add(new Card(pageKey + "--" + c.headingId(), c.question(), a.html(), href + "#" + c.headingId()));
            }
            groups.add(new Group(pageKey, href, page.title(), List.copyOf(cards)));
        }
        // No cards, no page: the links to it are left out too (SiteView.review), and readers never see an empty one.
        if (count == 0) return;
        String html = context.renderer().renderPartial(TEMPLATE, new View(List.copyOf(groups)), answers::get);
        String title = context.renderer().title("review");
        context.addPage(context.renderer().renderGenerated("page.jte", Urls.outputFile(URL), URL, title,
                html, List.copyOf(assets), false));
    }

    /** The page's data for the theme's {@code partials/review.jte}: the Q&amp;A pages' cards, in course order. */
    public record View(List<Group> groups) {
        public int cards() {
            return groups.stream().mapToInt(g -> g.cards().size()).sum();
        }
    }

    /**
     * The cards of one Q&amp;A page: its key (unique in the site), its {@code href} relative to the review
     * page, and its title.
     */
    public record Group(String key, String href, String title, List<Card> cards) {}

    /**
     * One flashcard: its key in saved progress, the question as plain text, the answer's HTML (written as
     * it is; see {@link ReviewCopy}), and the link to the question on its page.
     */
    public record Card(String id, String question, String answerHtml, String href) {}

}
