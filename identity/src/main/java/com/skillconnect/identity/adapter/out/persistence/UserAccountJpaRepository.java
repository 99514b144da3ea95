package com.skillconnect.identity.adapter.out.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountJpaRepository extends JpaRepository<UserAccountEntity, Long> {

    Optional<UserAccountEntity> findByEmail(String email);

    @Query(value = "select nextval('identity.user_account_id_seq')", nativeQuery = true)
    long nextId();
}
