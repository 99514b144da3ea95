package com.skillconnect.talent.adapter.out.persistence;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FreelancerJpaRepository extends JpaRepository<FreelancerEntity, Long> {

    Optional<FreelancerEntity> findByUserId(long userId);

    boolean existsByUserId(long userId);

    @Query(value = "select nextval('talent.freelancer_id_seq')", nativeQuery = true)
    long nextId();
}
