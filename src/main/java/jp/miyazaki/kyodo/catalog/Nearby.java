package jp.miyazaki.kyodo.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A catalog item and how far it is from where the citizen stands, in metres. */
public record Nearby<T>(T item, double metres) {

    /**
     * The items that stand within {@code radiusMetres} of {@code here}, nearest first (ties in the order given),
     * at most {@code limit}; items without a position are left out.
     */
    public static <T> List<Nearby<T>> nearest(GeoPoint here, Collection<T> items, Function<T, GeoPoint> position,
            double radiusMetres, int limit) {
        return items.stream().filter(item -> position.apply(item) != null)
                .map(item -> new Nearby<>(item, here.metresTo(Objects.requireNonNull(position.apply(item)))))
                .filter(near -> near.metres() <= radiusMetres)
                .sorted(Comparator.comparingDouble(Nearby::metres))
                .limit(limit).toList();
    }
}
