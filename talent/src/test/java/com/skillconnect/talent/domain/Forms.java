package com.skillconnect.talent.domain;

import com.skillconnect.kernel.UploadedFile;
import com.skillconnect.talent.domain.FreelancerForm.EducationForm;
import com.skillconnect.talent.domain.FreelancerForm.ExperienceForm;
import com.skillconnect.talent.domain.FreelancerForm.LanguageForm;
import com.skillconnect.talent.domain.FreelancerForm.PortfolioForm;
import com.skillconnect.talent.domain.FreelancerForm.SocialLinksForm;
import java.util.List;

/** Test data: the document's request example as a form, and file contents with real magic bytes. */
final class Forms {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] WEBP = {'R', 'I', 'F', 'F', 40, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final byte[] TEXT = "just some text, not a picture".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private Forms() {
    }

    static FreelancerForm complete() {
        return new FreelancerForm()
                .firstName("John").lastName("Doe").about("Full-stack developer with 5 years experience")
                .age("28").country("India").location("Mumbai").isAvailable("true")
                .skills(List.of("Python", "Django"))
                .educations(List.of(new EducationForm("MIT", "B.Tech Computer Science", "2015", "2019")))
                .experiences(List.of(new ExperienceForm("Senior Developer", "Tech Corp", "2020-01-15", "2023-06-30",
                        "Led backend development", "false")))
                .languages(List.of(new LanguageForm("English", "Native"), new LanguageForm("Hindi", "Fluent")))
                .portfolios(List.of(new PortfolioForm("E-commerce Platform", "Built scalable marketplace",
                        "https://github.com/johndoe/ecommerce")))
                .socialLinks(new SocialLinksForm("https://github.com/johndoe", "https://linkedin.com/in/johndoe", null,
                        null, null));
    }

    static UploadedFile file(byte[] content) {
        return new UploadedFile("whatever.name", content);
    }
}
