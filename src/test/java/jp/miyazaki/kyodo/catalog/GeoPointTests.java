package jp.miyazaki.kyodo.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class GeoPointTests {

    private static final GeoPoint MIYAZAKI_STATION = new GeoPoint(31.9158, 131.4322);

    @Test
    void measuresGreatCircleDistancesByHaversine() {
        // One degree of latitude is 111.2 km on the mean sphere; one of longitude shrinks with cos(latitude).
        assertThat(new GeoPoint(31, 131).metresTo(new GeoPoint(32, 131))).isCloseTo(111_195, within(1.0));
        assertThat(new GeoPoint(32, 131).metresTo(new GeoPoint(32, 132)))
                .isCloseTo(111_195 * Math.cos(Math.toRadians(32)), within(50.0));
        // Miyazaki Station to Tokyo Station, about 875 km as the crow flies.
        assertThat(MIYAZAKI_STATION.metresTo(new GeoPoint(35.6812, 139.7671)) / 1000).isCloseTo(875, within(10.0));
        assertThat(MIYAZAKI_STATION.metresTo(MIYAZAKI_STATION)).isZero();
        assertThat(new GeoPoint(0, 0).metresTo(new GeoPoint(0, 180))).isCloseTo(Math.PI * 6_371_008.8, within(1.0));
    }

    @Test
    void isTheSameDistanceBothWaysAndAcrossTheDateLine() {
        GeoPoint sadowara = new GeoPoint(32.0286, 131.4265);
        assertThat(MIYAZAKI_STATION.metresTo(sadowara)).isEqualTo(sadowara.metresTo(MIYAZAKI_STATION));
        assertThat(new GeoPoint(0, 179.5).metresTo(new GeoPoint(0, -179.5))).isCloseTo(111_195, within(1.0));
    }

    @Test
    void refusesPositionsOffTheEarth() {
        for (double[] wrong : new double[][] {{90.01, 0}, {-90.01, 0}, {0, 180.01}, {0, -180.01}, {Double.NaN, 0}}) {
            assertThatThrownBy(() -> new GeoPoint(wrong[0], wrong[1])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new GeoPoint(90, -180).latitude()).isEqualTo(90);
    }

    @Test
    void writesAndReadsLatitudeCommaLongitude() {
        assertThat(new GeoPoint(32.0286, 131.4265).text()).isEqualTo("32.0286,131.4265");
        assertThat(new GeoPoint(32, -0.5).text()).isEqualTo("32,-0.5");
        assertThat(GeoPoint.parse(" 32.0286 , 131.4265 ")).contains(new GeoPoint(32.0286, 131.4265));
        assertThat(List.of("", "32.0", "a,b", "91,0", "1,2,3")).allSatisfy(text ->
                assertThat(GeoPoint.parse(text)).isEmpty());
        assertThat(GeoPoint.parse(null)).isEmpty();
    }

    @Test
    void nearestPutsTheClosestFirstAndLeavesOutTheUnplacedAndTheFar() {
        record Place(String name, GeoPoint at) {
        }
        Place sadowara = new Place("佐土原", new GeoPoint(32.0286, 131.4265));
        Place aoshima = new Place("青島", new GeoPoint(31.8065, 131.4590));
        Place centre = new Place("中央", new GeoPoint(31.9087, 131.4217));
        Place unplaced = new Place("未登録", null);
        Place tokyo = new Place("東京", new GeoPoint(35.6812, 139.7671));

        List<Nearby<Place>> near = Nearby.nearest(new GeoPoint(31.990, 131.430),
                List.of(aoshima, unplaced, centre, tokyo, sadowara), Place::at, 25_000, 5);

        assertThat(near).extracting(n -> n.item().name()).containsExactly("佐土原", "中央", "青島");
        // 青島 is 20.5 km away: beyond a 20 km reach.
        assertThat(Nearby.nearest(new GeoPoint(31.990, 131.430), List.of(aoshima, centre), Place::at, 20_000, 5))
                .extracting(n -> n.item().name()).containsExactly("中央");
        assertThat(near.get(0).metres()).isCloseTo(4_300, within(100.0));
        assertThat(Nearby.nearest(new GeoPoint(31.990, 131.430), List.of(aoshima, centre, sadowara), Place::at,
                20_000, 1)).extracting(n -> n.item().name()).containsExactly("佐土原");
    }
}
