package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.talent.domain.Education;
import com.skillconnect.talent.domain.Experience;
import com.skillconnect.talent.domain.Freelancer;
import com.skillconnect.talent.FreelancerId;
import com.skillconnect.talent.domain.Freelancers;
import com.skillconnect.talent.domain.Language;
import com.skillconnect.talent.domain.PortfolioItem;
import com.skillconnect.kernel.SkillName;
import com.skillconnect.talent.domain.SocialLinks;
import com.skillconnect.kernel.StoredFile;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link Freelancers} on PostgreSQL: maps the aggregate to its rows and back. Lists are rewritten only
 * when they changed (their item ids are what the API shows); skills are shared rows of
 * {@code talent.skill}, created by an upsert that treats names differing in case as the same skill.
 * Saving publishes the events the profile recorded, in the same transaction.
 */
@Component
class JpaFreelancers implements Freelancers {

    static final String USER_UNIQUE = "freelancer_user_id_key";

    private final FreelancerJpaRepository rows;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final RecordedEvents events;

    JpaFreelancers(FreelancerJpaRepository rows, EntityManager entityManager, JdbcTemplate jdbc, RecordedEvents events) {
        this.rows = rows;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public FreelancerId nextId() {
        return new FreelancerId(rows.nextId());
    }

    @Override
    public Optional<Freelancer> findByUser(UserId userId) {
        return rows.findByUserId(userId.value()).map(JpaFreelancers::toDomain);
    }

    @Override
    public boolean existsForUser(UserId userId) {
        return rows.existsByUserId(userId.value());
    }

    @Override
    public Freelancer save(Freelancer freelancer) {
        FreelancerEntity row = rows.findById(freelancer.id().value()).orElseGet(FreelancerEntity::new);
        boolean isNew = row.id == null;
        copy(freelancer, row);
        // flushed now, so that a second profile of the same user fails here on USER_UNIQUE
        // (ProfileConstraints names it as a rule)
        if (isNew) {
            rows.saveAndFlush(row);
        } else {
            rows.flush();
        }
        return events.publishFrom(freelancer);
    }

    private void copy(Freelancer freelancer, FreelancerEntity row) {
        row.id = freelancer.id().value();
        row.userId = freelancer.userId().value();
        row.firstName = freelancer.firstName();
        row.lastName = freelancer.lastName();
        row.about = freelancer.about();
        row.age = freelancer.age();
        row.country = freelancer.country();
        row.location = freelancer.location();
        row.available = freelancer.available();
        row.profilePicture = freelancer.picture() == null ? null : freelancer.picture().path();
        SocialLinks links = freelancer.socialLinks();
        row.githubUrl = links.githubUrl();
        row.linkedinUrl = links.linkedinUrl();
        row.twitterUrl = links.twitterUrl();
        row.facebookUrl = links.facebookUrl();
        row.instagramUrl = links.instagramUrl();
        row.createdAt = freelancer.createdAt();
        row.updatedAt = freelancer.updatedAt();
        row.searchKeywords = Stream.concat(freelancer.skills().stream().map(SkillName::value),
                freelancer.experiences().stream().map(Experience::role)).collect(Collectors.joining(" "));

        if (!skillKeys(row).equals(freelancer.skills().stream().map(SkillName::key).toList())) {
            List<SkillEntity> skills = resolveSkills(freelancer.skills());
            row.skills.clear();
            for (int i = 0; i < skills.size(); i++) {
                row.skills.add(new FreelancerEntity.SkillRef(skills.get(i), i));
            }
        }
        List<Education> oldEducations = row.educations.stream().map(JpaFreelancers::toDomain).toList();
        if (oldEducations.stream().map(e -> e.withCertificate(null)).toList()
                .equals(freelancer.educations().stream().map(e -> e.withCertificate(null)).toList())) {
            for (int i = 0; i < row.educations.size(); i++) { // only certificates changed: keep the rows (and ids)
                StoredFile certificate = freelancer.educations().get(i).certificate();
                row.educations.get(i).certificate = certificate == null ? null : certificate.path();
            }
        } else {
            row.educations.clear();
            List<Education> educations = freelancer.educations();
            for (int i = 0; i < educations.size(); i++) {
                row.educations.add(toRow(educations.get(i), i));
            }
        }
        List<Experience> oldExperiences = row.experiences.stream().map(JpaFreelancers::toDomain).toList();
        if (oldExperiences.stream().map(e -> e.withCertificate(null)).toList()
                .equals(freelancer.experiences().stream().map(e -> e.withCertificate(null)).toList())) {
            for (int i = 0; i < row.experiences.size(); i++) {
                StoredFile certificate = freelancer.experiences().get(i).certificate();
                row.experiences.get(i).certificate = certificate == null ? null : certificate.path();
            }
        } else {
            row.experiences.clear();
            List<Experience> experiences = freelancer.experiences();
            for (int i = 0; i < experiences.size(); i++) {
                row.experiences.add(toRow(experiences.get(i), i));
            }
        }
        if (!row.languages.stream().map(JpaFreelancers::toDomain).toList().equals(freelancer.languages())) {
            row.languages.clear();
            List<Language> languages = freelancer.languages();
            for (int i = 0; i < languages.size(); i++) {
                LanguageEntity language = new LanguageEntity();
                language.position = i;
                language.name = languages.get(i).name();
                language.proficiency = languages.get(i).proficiency();
                row.languages.add(language);
            }
        }
        if (!row.portfolios.stream().map(JpaFreelancers::toDomain).toList().equals(freelancer.portfolios())) {
            row.portfolios.clear();
            List<PortfolioItem> portfolios = freelancer.portfolios();
            for (int i = 0; i < portfolios.size(); i++) {
                PortfolioEntity portfolio = new PortfolioEntity();
                portfolio.position = i;
                portfolio.title = portfolios.get(i).title();
                portfolio.description = portfolios.get(i).description();
                portfolio.projectLink = portfolios.get(i).projectLink();
                row.portfolios.add(portfolio);
            }
        }
    }

    private static List<String> skillKeys(FreelancerEntity row) {
        return row.skills.stream().map(ref -> new SkillName(ref.skill.name).key()).toList();
    }

    /** The shared skill rows for these names (in this order), creating the missing ones. */
    private List<SkillEntity> resolveSkills(List<SkillName> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        String[] values = names.stream().map(SkillName::value).toArray(String[]::new);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "insert into talent.skill (name) select n from unnest(?::text[]) as n on conflict ((lower(name))) do nothing");
            statement.setArray(1, connection.createArrayOf("text", values));
            return statement;
        });
        String[] keys = names.stream().map(SkillName::key).toArray(String[]::new);
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("select id, lower(name) from talent.skill where lower(name) = any(?)");
            statement.setArray(1, connection.createArrayOf("text", keys));
            return statement;
        }, rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        List<SkillEntity> skills = new ArrayList<>();
        for (SkillName name : names) {
            skills.add(entityManager.find(SkillEntity.class, ids.get(name.key())));
        }
        return skills;
    }

    private static EducationEntity toRow(Education education, int position) {
        EducationEntity row = new EducationEntity();
        row.position = position;
        row.college = education.college();
        row.degree = education.degree();
        row.startYear = education.startYear();
        row.endYear = education.endYear();
        row.certificate = education.certificate() == null ? null : education.certificate().path();
        return row;
    }

    private static ExperienceEntity toRow(Experience experience, int position) {
        ExperienceEntity row = new ExperienceEntity();
        row.position = position;
        row.role = experience.role();
        row.company = experience.company();
        row.startDate = experience.startDate();
        row.endDate = experience.endDate();
        row.description = experience.description();
        row.ongoing = experience.ongoing();
        row.certificate = experience.certificate() == null ? null : experience.certificate().path();
        return row;
    }

    private static Freelancer toDomain(FreelancerEntity row) {
        return new Freelancer(new FreelancerId(row.id), new UserId(row.userId), row.firstName, row.lastName, row.about,
                row.age, row.country, row.location, row.available, file(row.profilePicture),
                row.skills.stream().map(ref -> new SkillName(ref.skill.name)).toList(),
                row.educations.stream().map(JpaFreelancers::toDomain).toList(),
                row.experiences.stream().map(JpaFreelancers::toDomain).toList(),
                row.languages.stream().map(JpaFreelancers::toDomain).toList(),
                row.portfolios.stream().map(JpaFreelancers::toDomain).toList(),
                new SocialLinks(row.githubUrl, row.linkedinUrl, row.twitterUrl, row.facebookUrl, row.instagramUrl),
                row.createdAt, row.updatedAt);
    }

    private static Education toDomain(EducationEntity row) {
        return new Education(row.college, row.degree, row.startYear, row.endYear, file(row.certificate));
    }

    private static Experience toDomain(ExperienceEntity row) {
        return new Experience(row.role, row.company, row.startDate, row.endDate, row.description, row.ongoing,
                file(row.certificate));
    }

    private static Language toDomain(LanguageEntity row) {
        return new Language(row.name, row.proficiency);
    }

    private static PortfolioItem toDomain(PortfolioEntity row) {
        return new PortfolioItem(row.title, row.description, row.projectLink);
    }

    private static StoredFile file(String path) {
        return path == null ? null : new StoredFile(path);
    }
}
