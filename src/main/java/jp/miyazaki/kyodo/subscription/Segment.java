package jp.miyazaki.kyodo.subscription;

import java.util.List;

import jp.miyazaki.kyodo.catalog.Category;

/**
 * Who a notice is for: citizens following any of the categories and any of the districts. An empty list does
 * not narrow, so an empty segment is everyone who accepted notices.
 */
public record Segment(List<Category> categories, List<String> districts) {

    public static final Segment EVERYONE = new Segment(List.of(), List.of());

    public Segment {
        categories = categories == null ? List.of() : List.copyOf(categories);
        districts = districts == null ? List.of() : List.copyOf(districts);
    }
}
