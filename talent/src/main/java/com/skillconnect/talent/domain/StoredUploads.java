package com.skillconnect.talent.domain;

import com.skillconnect.kernel.StoredFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jmolecules.ddd.annotation.ValueObject;

/** The files of a {@link FreelancerChange} once stored: the picture and certificates by item position. */
@ValueObject
public record StoredUploads(StoredFile picture, Map<Integer, StoredFile> educationCertificates,
        Map<Integer, StoredFile> experienceCertificates) {

    public static final StoredUploads NONE = new StoredUploads(null, Map.of(), Map.of());

    public StoredUploads {
        educationCertificates = Map.copyOf(educationCertificates);
        experienceCertificates = Map.copyOf(experienceCertificates);
    }

    public List<StoredFile> all() {
        List<StoredFile> files = new ArrayList<>();
        if (picture != null) {
            files.add(picture);
        }
        files.addAll(educationCertificates.values());
        files.addAll(experienceCertificates.values());
        return files;
    }
}
