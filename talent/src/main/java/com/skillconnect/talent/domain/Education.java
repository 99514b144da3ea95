package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import org.jmolecules.ddd.annotation.ValueObject;

/** A degree: where, what, from which year to which (no end year while studying), and an optional certificate file. */
@ValueObject
public record Education(String college, String degree, int startYear, Integer endYear, StoredFile certificate) {

    public Education {
        if (endYear != null && endYear < startYear) {
            throw new IllegalArgumentException("An education ends after it starts");
        }
    }

    public Education withCertificate(StoredFile file) {
        return new Education(college, degree, startYear, endYear, file);
    }
}
