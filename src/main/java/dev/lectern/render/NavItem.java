package dev.lectern.render;

import java.util.List;

/**
 * One entry of the course outline in the sidebar.
 *
 * @param current this entry is the page being shown
 * @param open this entry is, or contains, the page being shown (its section starts expanded)
 * @param pageKey the page's key in saved quiz progress ({@code dns-records}), for progress marks
 * @param quizzes how many quizzes the page holds
 * @param childrenScript for a section of a large site: the script that writes its list of children in the
 *     page ({@link Outline#FILE}, one file a section, shared by its pages); null: the template writes
 *     {@code children} itself. The children are given either way (a theme may ignore the script).
 */
public record NavItem(String title, String href, boolean current, boolean open, List<NavItem> children,
                      String pageKey, int quizzes, String childrenScript) {
    public boolean isSection() {
        return !children.isEmpty();
    }
}
