package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import java.time.LocalDate;
import org.jmolecules.ddd.annotation.ValueObject;

/** A job held: role, company, dates (no end date while ongoing), description and an optional certificate file. */
@ValueObject
public record Experience(String role, String company, LocalDate startDate, LocalDate endDate, String description,
        boolean ongoing, StoredFile certificate) {

    public Experience {
        if (ongoing && endDate != null) {
            throw new IllegalArgumentException("An ongoing experience has no end date");
        }
        if (endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("An experience ends after it starts");
        }
    }

    public Experience withCertificate(StoredFile file) {
        return new Experience(role, company, startDate, endDate, description, ongoing, file);
    }
}
