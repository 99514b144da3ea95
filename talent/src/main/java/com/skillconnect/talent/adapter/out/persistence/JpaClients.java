package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.talent.domain.AccountType;
import com.skillconnect.talent.domain.Client;
import com.skillconnect.talent.domain.ClientDetails;
import com.skillconnect.talent.domain.ClientId;
import com.skillconnect.talent.domain.Clients;
import com.skillconnect.talent.domain.StoredFile;
import com.skillconnect.talent.domain.Code;
import com.skillconnect.talent.domain.TalentRuleViolation;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/** {@link Clients} on PostgreSQL: maps the aggregate to its row and back. */
@Component
class JpaClients implements Clients {

    static final String ALREADY_EXISTS = Code.PROFILE_EXISTS;

    private final ClientJpaRepository rows;

    JpaClients(ClientJpaRepository rows) {
        this.rows = rows;
    }

    @Override
    public ClientId nextId() {
        return new ClientId(rows.nextId());
    }

    @Override
    public Optional<Client> findByUser(UserId userId) {
        return rows.findByUserId(userId.value()).map(JpaClients::toDomain);
    }

    @Override
    public Client save(Client client) {
        ClientEntity row = rows.findById(client.id().value()).orElseGet(ClientEntity::new);
        copy(client, row);
        try {
            rows.saveAndFlush(row);
        } catch (DataIntegrityViolationException e) {
            if (e.getMessage() != null && e.getMessage().contains("client_user_id_key")) {
                throw TalentRuleViolation.nonField(ALREADY_EXISTS);
            }
            throw e;
        }
        return client;
    }

    private static void copy(Client client, ClientEntity row) {
        ClientDetails details = client.details();
        row.id = client.id().value();
        row.userId = client.userId().value();
        row.accountType = details.accountType().name();
        row.firstName = details.firstName();
        row.lastName = details.lastName();
        row.companyName = details.companyName();
        row.companyDescription = details.companyDescription();
        row.country = details.country();
        row.location = details.location();
        row.industry = details.industry();
        row.companySize = details.companySize();
        row.website = details.website();
        row.projectTypes = details.projectTypes();
        row.budgetRange = details.budgetRange();
        row.projectFrequency = details.projectFrequency();
        row.preferredCommunications = details.preferredCommunications();
        row.workingHours = details.workingHours();
        row.businessGoals = details.businessGoals();
        row.currentChallenges = details.currentChallenges();
        row.previousExperiences = details.previousExperiences();
        row.expectedTimeline = details.expectedTimeline();
        row.qualityImportance = details.qualityImportance();
        row.paymentMethod = details.paymentMethod();
        row.monthlyBudget = details.monthlyBudget();
        row.projectBudget = details.projectBudget();
        row.paymentTiming = details.paymentTiming();
        row.picturePath = client.picture().map(StoredFile::path).orElse(null);
        row.createdAt = client.createdAt();
        row.updatedAt = client.updatedAt();
    }

    private static Client toDomain(ClientEntity row) {
        ClientDetails details = new ClientDetails(AccountType.valueOf(row.accountType), row.firstName, row.lastName,
                row.companyName, row.companyDescription, row.country, row.location, row.industry, row.companySize,
                row.website, row.projectTypes, row.budgetRange, row.projectFrequency, row.preferredCommunications,
                row.workingHours, row.businessGoals, row.currentChallenges, row.previousExperiences,
                row.expectedTimeline, row.qualityImportance, row.paymentMethod, row.monthlyBudget, row.projectBudget,
                row.paymentTiming);
        return new Client(new ClientId(row.id), new UserId(row.userId), details,
                row.picturePath == null ? null : new StoredFile(row.picturePath), row.createdAt, row.updatedAt);
    }
}
