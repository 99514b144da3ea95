package com.skillconnect.talent.adapter.out.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchWordsTest {

    @Test
    void wordsAreLowerCasedSplitOnSpacesCommasAndSemicolonsWithoutDuplicates() {
        assertThat(SearchWords.of("  React, react;NODE.js\tDjango ").words()).containsExactly("react", "node.js", "django");
    }

    @Test
    void punctuationAroundAWordIsDroppedButPlusAndHashAreKept() {
        assertThat(SearchWords.of("(python) \"go\" c++ c# .net").words()).containsExactly("python", "go", "c++", "c#", "net");
    }

    @Test
    void aWordOfNothingButPunctuationIsKeptAsWritten() {
        assertThat(SearchWords.of("%'\" --").words()).containsExactly("%'\"", "--");
    }

    @Test
    void atMostEightWordsOfAtMostFiftyCharacters() {
        assertThat(SearchWords.of("a b c d e f g h i j").words()).hasSize(SearchWords.MAX_WORDS);
        assertThat(SearchWords.of("x".repeat(80)).words()).containsExactly("x".repeat(SearchWords.MAX_WORD_LENGTH));
    }

    @Test
    void noSearchMeansNoWords() {
        assertThat(SearchWords.of(null).isEmpty()).isTrue();
        assertThat(SearchWords.of(" , ; ").isEmpty()).isTrue();
    }
}
