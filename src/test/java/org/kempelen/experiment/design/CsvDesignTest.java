package org.kempelen.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User-supplied points. */
class CsvDesignTest {
    private static final List<Factor> FACTORS = List.of(
            new Factor("platform.commission", new Domain.Range(0, 0.5)),
            new Factor("population", new Domain.Range(100, 100000, true, 0)),
            new Factor("mode", Domain.Levels.of("flat", "tiered")),
            new Factor("flag", Domain.Levels.of(true, false)));

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, text);
        return file;
    }

    private String error(String text) throws IOException {
        Path file = write(text);
        String m = assertThrows(IllegalArgumentException.class, () -> new CsvDesign(file).plan(FACTORS, 0)).getMessage();
        assertTrue(m.contains(file.toString()), "names the file: " + m);
        return m;
    }

    @Test
    void readsPointsInFileOrderWithTypedValues() throws IOException {
        Path file = write("""
                mode, platform.commission,population,flag
                flat,0.1,1000,true

                "tiered, new",0.25,2000,FALSE
                7,1,3000,other
                """);
        Plan plan = new CsvDesign(file).plan(FACTORS, 0);
        assertEquals("csv", plan.design());
        assertEquals(3, plan.size());
        assertEquals(Map.of("platform.commission", 0.1, "population", 1000L, "mode", "flat", "flag", true), plan.point(0));
        assertEquals(Map.of("platform.commission", 0.25, "population", 2000L, "mode", "tiered, new", "flag", false),
                plan.point(1));
        assertEquals(1.0, plan.point(2).get("platform.commission"), "a range factor gives a Double");
        assertEquals(7L, plan.point(2).get("mode"), "whole numbers without a point are Long");
        assertEquals("other", plan.point(2).get("flag"));
        assertEquals(List.of("platform.commission", "population", "mode", "flag"), List.copyOf(plan.point(0).keySet()),
                "points iterate in factor order, not column order");
        assertEquals(plan, new CsvDesign(file).plan(FACTORS, 99), "the seed is ignored");
    }

    @Test
    void parsesCellsAsNumbersBooleansOrStrings() {
        assertEquals(42L, CsvDesign.parse("42"));
        assertEquals(-3L, CsvDesign.parse("-3"));
        assertEquals(42.0, CsvDesign.parse("42.0"));
        assertEquals(0.5, CsvDesign.parse(".5"));
        assertEquals(1000.0, CsvDesign.parse("1e3"));
        assertEquals(Boolean.TRUE, CsvDesign.parse("true"));
        assertEquals(Boolean.FALSE, CsvDesign.parse("false"));
        assertEquals("NaN", CsvDesign.parse("NaN"));
        assertEquals("1.2.3", CsvDesign.parse("1.2.3"));
        assertEquals(1e20, CsvDesign.parse("100000000000000000000"));
    }

    @Test
    void anIntegerRangeTakesWholeNumbersOnly() throws IOException {
        Path file = write("platform.commission,population,mode,flag\n0.1,2e3,flat,true\n");
        assertEquals(2000L, new CsvDesign(file).plan(FACTORS, 0).point(0).get("population"));
        String m = error("platform.commission,population,mode,flag\n0.1,20.5,flat,true\n");
        assertTrue(m.contains("line 2, column 2 ('population')") && m.contains("whole number"), m);
    }

    @Test
    void unknownColumnIsNamedWithLineAndColumn() throws IOException {
        String m = error("platform.commission,population,mode,flag,colour\n0.1,1000,flat,true,red\n");
        assertTrue(m.contains("line 1, column 5 ('colour')") && m.contains("unknown column"), m);
    }

    @Test
    void missingAndRepeatedColumnsAreNamed() throws IOException {
        String m = error("platform.commission,population,mode\n0.1,1000,flat\n");
        assertTrue(m.contains("line 1") && m.contains("missing column 'flag'"), m);
        m = error("platform.commission,population,mode,flag,mode\n0.1,1000,flat,true,flat\n");
        assertTrue(m.contains("line 1, column 5 ('mode')") && m.contains("repeats column 3"), m);
    }

    @Test
    void wrongNumberOfCellsIsNamed() throws IOException {
        String m = error("platform.commission,population,mode,flag\n0.1,1000,flat,true\n\n0.2,1000,flat\n");
        assertTrue(m.contains("line 4") && m.contains("3 cells, expected 4"), m);
    }

    @Test
    void unparseableNumberIsNamed() throws IOException {
        String m = error("platform.commission,population,mode,flag\n0.1,1000,flat,true\n0,1,flat,true\nabc,1000,flat,true\n");
        assertTrue(m.contains("line 4, column 1 ('platform.commission')") && m.contains("'abc' is not a number"), m);
    }

    @Test
    void emptyCellsNoRowsAndMissingFilesAreRefused() throws IOException {
        String m = error("platform.commission,population,mode,flag\n0.1,,flat,true\n");
        assertTrue(m.contains("line 2, column 2 ('population')") && m.contains("empty"), m);
        assertTrue(error("platform.commission,population,mode,flag\n").contains("no points"));
        assertTrue(error("").contains("empty"));
        assertTrue(error("mode,platform.commission,population,flag\n\"flat,0.1,1,true\n").contains("not closed"));
        Path missing = dir.resolve("nope.csv");
        m = assertThrows(IllegalArgumentException.class, () -> new CsvDesign(missing).plan(FACTORS, 0)).getMessage();
        assertTrue(m.contains("nope.csv") && m.contains("cannot read"), m);
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreFine() throws IOException {
        Path file = write("\uFEFFplatform.commission,population,mode,flag\r\n0.1,1000,flat,true\r\n0.2,1000,tiered,false\r\n");
        Plan plan = new CsvDesign(file).plan(FACTORS, 0);
        assertEquals(2, plan.size());
        assertEquals(false, plan.point(1).get("flag"));
    }
}
