package com.skillconnect.talent.domain;

import com.skillconnect.kernel.Parsed;
import org.jmolecules.ddd.annotation.ValueObject;

/** A {@linkplain Countries known country}, in its known spelling ({@code "india"} becomes {@code "India"}). */
@ValueObject
public record CountryName(String value) {

    public CountryName {
        value = Countries.canonical(value);
    }

    public static Parsed<CountryName> parse(String text) {
        return Countries.isKnown(text) ? Parsed.of(new CountryName(text)) : Parsed.refused(Code.COUNTRY_UNKNOWN, text);
    }
}
