package com.skillconnect.talent.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code talent.portfolio}. */
@Entity
@Table(name = "portfolio", schema = "talent")
class PortfolioEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    int position;
    @Column(nullable = false, length = 150)
    String title;
    @Column(nullable = false, length = 2000)
    String description;
    @Column(length = 500)
    String projectLink;
}
