package dev.lectern.render;

import java.util.List;

/**
 * One entry of the course outline in the sidebar.
 *
 * @param current this entry is the page being shown
 * @param open this entry is, or contains, the page being shown (its section starts expanded)
 * @param pageKey the page's key in saved quiz progress ({@code dns-records}), for progress marks
 * @param quizzes how many quizzes the page holds
 */
public record NavItem(String title, String href, boolean current, boolean open, List<NavItem> children,
                      String pageKey, int quizzes) {
    public boolean isSection() {
        return !children.isEmpty();
    }
}
