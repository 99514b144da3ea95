package com.skillconnect.talent.adapter.out.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientJpaRepository extends JpaRepository<ClientEntity, Long> {

    Optional<ClientEntity> findByUserId(Long userId);

    @Query(value = "select nextval('talent.client_id_seq')", nativeQuery = true)
    long nextId();
}
