package com.skillconnect.talent.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class LargeResultPagesTest {

    private final LargeResultPages pages = new LargeResultPages();

    @Test
    void aPageOfALargeResultIsRememberedForTheSameQueryAndParameters() {
        String page = "page of java";
        assertThat(pages.remember("select java", params("java", 0), BrowseCounts.EXACT_UP_TO + 1, page)).isSameAs(page);

        assertThat(pages.find("select java", params("java", 0), String.class)).contains(page);
        assertThat(pages.find("select java", params("java", 6), String.class)).as("another page").isEmpty();
        assertThat(pages.find("select java", params("python", 0), String.class)).as("another word").isEmpty();
        assertThat(pages.find("select java order by name", params("java", 0), String.class)).as("another query").isEmpty();
    }

    @Test
    void aPageOfASmallResultIsNeverRememberedSoItStaysFresh() {
        pages.remember("select rare", params("fernandes", 0), BrowseCounts.EXACT_UP_TO, "page");

        assertThat(pages.find("select rare", params("fernandes", 0), String.class)).isEmpty();
    }

    private static MapSqlParameterSource params(String word, int offset) {
        return new MapSqlParameterSource("word", word).addValue("offset", offset).addValue("limit", 6);
    }
}
