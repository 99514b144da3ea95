package com.skillconnect.talent.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code talent.education}. */
@Entity
@Table(name = "education", schema = "talent")
class EducationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    int position;
    @Column(nullable = false, length = 150)
    String college;
    @Column(nullable = false, length = 150)
    String degree;
    int startYear;
    Integer endYear;
    String certificate;
}
