package io.corroborate.exporter.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1", "-1+2", "@SUM(A1:A2)", "\t=1", "\r=1"})
    void aCellThatCouldRunAsAFormulaGetsAQuotePrefix(String value) {
        assertThat(CsvCells.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Republic Square", "15:10", "a=b", " =1", "'quoted", "telegram:almatyinfo:4512"})
    void ordinaryTextIsLeftAsItIs(String value) {
        assertThat(CsvCells.text(value)).isEqualTo(value);
    }

    @Test
    void anAbsentValueIsAnEmptyCell() {
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.text("")).isEmpty();
    }
}
