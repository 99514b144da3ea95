package com.skillconnect.talent.adapter.out.persistence;

import com.skillconnect.talent.domain.Proficiency;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code talent.language}. */
@Entity
@Table(name = "language", schema = "talent")
class LanguageEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    int position;
    @Column(nullable = false, length = 50)
    String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Proficiency proficiency;
}
