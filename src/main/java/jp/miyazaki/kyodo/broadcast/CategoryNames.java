package jp.miyazaki.kyodo.broadcast;

import java.util.stream.Collectors;

/**
 * The Japanese name of a category id (childcare → 子育て), from the catalog that owns categories, so a segment
 * reads as staff chose it: 「分野：子育て、環境／地域：青島」.
 */
@FunctionalInterface
public interface CategoryNames {

    String of(String categoryId);

    /** The segment in staff's words; everyone who accepted notices when it does not narrow. */
    default String describe(Segment segment) {
        if (segment.categories().isEmpty() && segment.districts().isEmpty()) {
            return "通知を受け取るすべての方";
        }
        String categories = segment.categories().isEmpty() ? "すべて"
                : segment.categories().stream().map(this::of).sorted().collect(Collectors.joining("、"));
        String districts = segment.districts().isEmpty() ? "すべて"
                : segment.districts().stream().sorted().collect(Collectors.joining("、"));
        return "分野：" + categories + "／地域：" + districts;
    }
}
