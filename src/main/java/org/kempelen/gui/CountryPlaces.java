package org.kempelen.gui;

import java.util.Map;

/**
 * Where each country lies, for the world view: latitude and longitude of a point inside it
 * (degrees), built in so that no map file is needed. Countries not listed are drawn in a row
 * under the map, named.
 */
final class CountryPlaces {
    private static final Map<String, double[]> PLACES = Map.ofEntries(
            Map.entry("US", new double[] {39, -98}), Map.entry("CA", new double[] {56, -106}), Map.entry("MX", new double[] {23, -102}),
            Map.entry("BR", new double[] {-10, -52}), Map.entry("AR", new double[] {-34, -64}), Map.entry("CO", new double[] {4, -73}),
            Map.entry("VE", new double[] {7, -66}), Map.entry("PE", new double[] {-10, -76}), Map.entry("CL", new double[] {-33, -71}),
            Map.entry("EC", new double[] {-1.5, -78}), Map.entry("GB", new double[] {53, -2}), Map.entry("IE", new double[] {53, -8}),
            Map.entry("FR", new double[] {46.5, 2.5}), Map.entry("ES", new double[] {40, -4}), Map.entry("PT", new double[] {39.5, -8}),
            Map.entry("DE", new double[] {51, 10}), Map.entry("NL", new double[] {52.3, 5.5}), Map.entry("BE", new double[] {50.6, 4.6}),
            Map.entry("CH", new double[] {46.8, 8.2}), Map.entry("AT", new double[] {47.5, 14.5}), Map.entry("IT", new double[] {42.8, 12.5}),
            Map.entry("PL", new double[] {52, 19}), Map.entry("SE", new double[] {62, 15}), Map.entry("NO", new double[] {61, 9}),
            Map.entry("FI", new double[] {64, 26}), Map.entry("DK", new double[] {56, 10}), Map.entry("RO", new double[] {46, 25}),
            Map.entry("GR", new double[] {39, 22}), Map.entry("UA", new double[] {49, 32}), Map.entry("RU", new double[] {60, 90}),
            Map.entry("RS", new double[] {44, 21}), Map.entry("TR", new double[] {39, 35}), Map.entry("EG", new double[] {26.5, 30}),
            Map.entry("MA", new double[] {32, -6}), Map.entry("NG", new double[] {9, 8}), Map.entry("GH", new double[] {8, -1}),
            Map.entry("KE", new double[] {0.2, 37.9}), Map.entry("ET", new double[] {9, 39.5}), Map.entry("UG", new double[] {1.3, 32.3}),
            Map.entry("TZ", new double[] {-6.3, 34.8}), Map.entry("ZA", new double[] {-29, 24}), Map.entry("SA", new double[] {24, 45}),
            Map.entry("AE", new double[] {24, 54}), Map.entry("IL", new double[] {31, 35}), Map.entry("IR", new double[] {32, 53}),
            Map.entry("PK", new double[] {30, 70}), Map.entry("IN", new double[] {22, 79}), Map.entry("BD", new double[] {23.7, 90.3}),
            Map.entry("LK", new double[] {7.8, 80.7}), Map.entry("NP", new double[] {28.3, 84}), Map.entry("CN", new double[] {35, 103}),
            Map.entry("JP", new double[] {36.5, 138.5}), Map.entry("KR", new double[] {36.5, 127.8}), Map.entry("TW", new double[] {23.7, 121}),
            Map.entry("PH", new double[] {12.5, 122}), Map.entry("VN", new double[] {15.5, 106.5}), Map.entry("TH", new double[] {15.5, 101}),
            Map.entry("MY", new double[] {3.5, 102}), Map.entry("SG", new double[] {1.35, 103.8}), Map.entry("ID", new double[] {-2.5, 118}),
            Map.entry("AU", new double[] {-25, 134}), Map.entry("NZ", new double[] {-41.5, 173}));

    private CountryPlaces() {}

    /** {latitude, longitude} of the country, or null when it is not built in. */
    static double[] of(String code) {
        return PLACES.get(code);
    }
}
