package org.fractalgoals.command.importing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetsImportTest {

    @ParameterizedTest
    @CsvSource({"120.0, 120", "4.0, 4", "132.5, 132.5", "0.1, 0.1", "1000000.0, 1000000", "0.0, 0"})
    void a_stored_real_threshold_is_the_decimal_the_user_typed(double stored, String typed) {
        assertThat(TargetsImport.decimal(stored).toPlainString()).isEqualTo(typed);
        assertThat(TargetsImport.decimal(stored).toString()).isEqualTo(typed);
    }
}
