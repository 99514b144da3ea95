package com.skillconnect.talent.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Row of {@code talent.experience}. */
@Entity
@Table(name = "experience", schema = "talent")
class ExperienceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    int position;
    @Column(nullable = false, length = 100)
    String role;
    @Column(nullable = false, length = 100)
    String company;
    @Column(nullable = false)
    LocalDate startDate;
    LocalDate endDate;
    @Column(nullable = false, length = 2000)
    String description;
    boolean ongoing;
    String certificate;
}
