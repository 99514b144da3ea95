package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.RecordedEvents;
import com.skillconnect.talent.domain.AccountType;
import com.skillconnect.talent.domain.Client;
import com.skillconnect.talent.domain.ClientDetails;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.domain.Clients;
import com.skillconnect.kernel.StoredFile;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link Clients} on PostgreSQL: maps the aggregate to its row and back; saving publishes the events it recorded. */
@Component
class JpaClients implements Clients {

    static final String USER_UNIQUE = "client_user_id_key";

    private final ClientJpaRepository rows;
    private final RecordedEvents events;

    JpaClients(ClientJpaRepository rows, RecordedEvents events) {
        this.rows = rows;
        this.events = events;
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
        rows.saveAndFlush(row); // now: a second profile of the same user fails here on USER_UNIQUE
        return events.publishFrom(client);
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
