package com.skillconnect.talent.adapter.out.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of {@code talent.skill}: skills are shared by name (unique case-insensitively) and created by SQL upsert. */
@Entity
@Table(name = "skill", schema = "talent")
class SkillEntity {

    @Id
    Long id;
    @Column(nullable = false, length = 50)
    String name;
}
