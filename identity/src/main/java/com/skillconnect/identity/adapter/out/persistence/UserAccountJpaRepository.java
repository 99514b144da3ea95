package com.skillconnect.identity.adapter.out.persistence;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountJpaRepository extends JpaRepository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccountEntity a where a.email = :email")
    Optional<UserAccountEntity> lockByEmail(String email);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccountEntity a where a.id = :id")
    Optional<UserAccountEntity> lockById(long id);

    @Query("select a.accessTokensValidAfter from UserAccountEntity a where a.id = :id")
    Optional<Instant> accessTokensValidAfter(long id);

    @Query(value = "select nextval('identity.user_account_id_seq')", nativeQuery = true)
    long nextId();
}
