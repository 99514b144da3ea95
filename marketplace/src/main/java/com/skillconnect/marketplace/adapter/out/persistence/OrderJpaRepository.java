package com.skillconnect.marketplace.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderJpaRepository extends JpaRepository<OrderEntity, Long> {

    Optional<OrderEntity> findByIdAndType(Long id, String type);

    boolean existsByTypeAndSubjectIdAndClientUserIdAndStatusIn(String type, Long subjectId, Long clientUserId,
            Collection<String> statuses);

    boolean existsByTypeAndSubjectIdAndFreelancerUserIdAndStatusIn(String type, Long subjectId, Long freelancerUserId,
            Collection<String> statuses);

    List<OrderEntity> findByTypeAndSubjectIdAndStatusOrderById(String type, Long subjectId, String status);

    @Query(value = "select nextval('marketplace.order_id_seq')", nativeQuery = true)
    long nextId();
}
