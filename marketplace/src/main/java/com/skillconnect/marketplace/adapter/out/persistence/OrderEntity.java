package com.skillconnect.marketplace.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** Row of {@code marketplace.orders}: the persistent shape of an {@code Order} of either type. */
@Entity
@Table(name = "orders", schema = "marketplace")
class OrderEntity {

    @Id
    Long id;
    @Version
    Long version;
    @Column(nullable = false)
    String type;
    @Column(nullable = false)
    Long subjectId;
    @Column(nullable = false)
    Long clientId;
    @Column(nullable = false)
    Long clientUserId;
    @Column(nullable = false)
    Long freelancerId;
    @Column(nullable = false)
    Long freelancerUserId;
    @Column(nullable = false)
    String title;
    @Column(nullable = false)
    BigDecimal priceMin;
    @Column(nullable = false)
    BigDecimal priceMax;
    @Column(nullable = false)
    Integer days;
    @Column(nullable = false)
    Long categoryId;
    String image;
    @Column(nullable = false)
    String message;
    @Column(nullable = false)
    String status;
    @Column(nullable = false)
    Instant createdAt;
    @Column(nullable = false)
    Instant updatedAt;
}
