package org.fractalgoals.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnstorableTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void nul_and_unpaired_surrogates_are_unstorable_but_pairs_and_other_marks_are_fine() {
        assertThat(UnstorableText.isUnstorable("a\u0000b")).isTrue();
        assertThat(UnstorableText.isUnstorable("\ud800")).isTrue();
        assertThat(UnstorableText.isUnstorable("x\udc00")).isTrue();
        assertThat(UnstorableText.isUnstorable("\udc00\ud800")).isTrue();
        assertThat(UnstorableText.isUnstorable("\ud83c\udfb9 piano")).isFalse();
        assertThat(UnstorableText.isUnstorable("\u202eevil\u202c \u200b\ufeff \u05e9\u05dc\u05d5\u05dd")).isFalse();
    }

    @Test
    void the_first_unstorable_field_is_named_by_its_path_in_the_body() throws Exception {
        assertThat(UnstorableText.firstIn(json.readTree("{\"name\":\"ok\",\"sections\":[{\"name\":\"ok\"},"
                                                                + "{\"name\":\"a\\u0000\"}]}")))
                .hasValue("sections[1].name");
        assertThat(UnstorableText.firstIn(json.readTree("{\"na\\ud800me\":1}"))).hasValue("na\ufffdme");
        assertThat(UnstorableText.firstIn(json.readTree("\"\\udfff\""))).hasValue("body");
        assertThat(UnstorableText.firstIn(json.readTree("{\"name\":\"\\ud83c\\udfb9\",\"n\":[1,null,true]}")))
                .isEmpty();
    }
}
